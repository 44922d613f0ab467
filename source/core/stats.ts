import type { DecisionState, Status } from './decision.js';
import { STATUSES } from './decision.js';
import { type Distribution, summarise } from './distribution.js';
import type { Example, Kind } from './example.js';
import { KINDS } from './example.js';
import { exampleText } from './example-text.js';

/** Shown for an example that lacks the field being counted. */
export const MISSING_VALUE = '(none)';

/** Fields with up to this many distinct values are always counted by default. */
const AUTO_FIELD_FEW_VALUES = 50;
/**
 * Past that, a field is still a category while its values repeat (on average at least twice,
 * like 71 apps over 252 tasks) and stay under this many; ids and free text never are.
 */
const AUTO_FIELD_MAX_VALUES = 1_000;

export interface DatasetStats {
  examples: number;
  kinds: Record<Kind, number>;
  status: Record<Status, number>;
  flagged: number;
  /** Reviewer labels from the store. */
  labels: Record<string, number>;
  /** Field → value → count, for metadata fields (and `kind`, `format`). */
  by: Record<string, Record<string, number>>;
  /** Length of each example's text in characters. */
  lengths: Distribution;
}

function zeroed<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** The values an example has for a field: metadata first, then the model's own `kind`/`format`. */
export function fieldValues(example: Example, field: string): string[] {
  const value = field in example.meta ? example.meta[field] : undefined;
  if (value === undefined && (field === 'kind' || field === 'format')) return [example[field]];
  if (value === undefined || value === null || value === '') return [MISSING_VALUE];
  if (Array.isArray(value)) return value.length ? value.map(scalarText) : [MISSING_VALUE];
  return [scalarText(value)];
}

function scalarText(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function countField(examples: readonly Example[], field: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const example of examples) {
    for (const value of fieldValues(example, field)) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

/** Metadata fields worth counting by default: scalar-valued, with values that repeat. */
export function categoricalFields(examples: readonly Example[]): string[] {
  const distinct = new Map<string, Set<string>>();
  for (const example of examples) {
    for (const [key, value] of Object.entries(example.meta)) {
      if (typeof value === 'object' && value !== null) continue;
      const values = distinct.get(key) ?? new Set<string>();
      distinct.set(key, values);
      if (values.size <= AUTO_FIELD_MAX_VALUES) values.add(String(value));
    }
  }
  const isCategory = (size: number) =>
    size > 0 &&
    (size <= AUTO_FIELD_FEW_VALUES ||
      (size <= AUTO_FIELD_MAX_VALUES && size * 2 <= examples.length));
  return [...distinct]
    .filter(([, values]) => isCategory(values.size))
    .map(([key]) => key)
    .sort();
}

export interface StatsOptions {
  /** Fields to count; default: every categorical metadata field. */
  by?: readonly string[];
}

export function computeStats(
  examples: readonly Example[],
  decisionOf: (id: string) => DecisionState,
  options: StatsOptions = {},
): DatasetStats {
  const kinds = zeroed(KINDS);
  const status = zeroed(STATUSES);
  const labels: Record<string, number> = {};
  const lengths: number[] = [];
  let flagged = 0;
  for (const example of examples) {
    kinds[example.kind] += 1;
    const decision = decisionOf(example.id);
    status[decision.status] += 1;
    if (decision.flagged) flagged += 1;
    for (const label of decision.labels) labels[label] = (labels[label] ?? 0) + 1;
    lengths.push(exampleText(example).length);
  }
  const fields = options.by ?? categoricalFields(examples);
  const by = Object.fromEntries(fields.map((field) => [field, countField(examples, field)]));
  return {
    examples: examples.length,
    kinds,
    status,
    flagged,
    labels,
    by,
    lengths: summarise(lengths),
  };
}
