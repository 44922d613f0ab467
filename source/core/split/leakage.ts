import type { Example } from '../example.js';
import { comparableKey } from './comparable-text.js';
import { leakageKeys } from './leakage-keys.js';
import { compareText } from './seeded-order.js';
import { SPLIT_NAMES, type SplitAssignment, type SplitName } from './split-types.js';

/** The key of a prompt with nothing to compare once normalised. */
const EMPTY_KEY = comparableKey('');

/** Ways test or validation data can leak into training. */
export type LeakageKind = 'exact-duplicate' | 'near-duplicate' | 'group' | 'same-prompt';

/** Every kind, in the order findings are listed. */
export const LEAKAGE_KINDS: readonly LeakageKind[] = [
  'exact-duplicate',
  'near-duplicate',
  'group',
  'same-prompt',
];

/** An example in a finding, and the split it lies in. */
export interface LeakageMember {
  id: string;
  split: SplitName;
}

/** One set of examples that should share a split but do not. */
export interface LeakageFinding {
  kind: LeakageKind;
  /** Every member that lies in a split, ordered by split then id. */
  members: LeakageMember[];
  /** The group's name, for a `group` finding. */
  group?: string;
}

/** Relations the text alone cannot show, from other steps. */
export interface LeakageOptions {
  /** Near-duplicate clusters of ids, as the dedup module finds them. */
  nearDuplicates?: Iterable<readonly string[]>;
  /** Named groups that must not straddle splits (conversation, user, document...). */
  groups?: ReadonlyMap<string, readonly string[]>;
}

/** All findings; export refuses to write when `leaked`, unless told to allow it. */
export interface LeakageReport {
  /** By kind, then by first member's id. */
  findings: LeakageFinding[];
  counts: Record<LeakageKind, number>;
  leaked: boolean;
}

/**
 * Looks for the same content on both sides of a split boundary: exact duplicates (the whole text,
 * compared without case, punctuation or extra whitespace), near-duplicate clusters, groups, and
 * one prompt answered differently. Ids in no split are ignored; an id in two splits is its own
 * exact duplicate.
 */
export function findLeakage(
  splits: SplitAssignment,
  examples: readonly Example[],
  options: LeakageOptions = {},
): LeakageReport {
  const byId = new Map<string, Example>();
  for (const example of examples) byId.set(example.id, example);
  // The splits of each id as bits (1 train, 2 validation, 4 test): no array per example.
  const placed = new Map<string, number>();
  SPLIT_NAMES.forEach((split, index) => {
    for (const id of splits[split]) placed.set(id, (placed.get(id) ?? 0) | (1 << index));
  });
  const splitsOf = (id: string) =>
    SPLIT_NAMES.filter((_, index) => (placed.get(id) ?? 0) & (1 << index));
  const findings: LeakageFinding[] = [];
  const report = (kind: LeakageKind, ids: readonly string[], group?: string) => {
    // Most sets are one example in one split: settle those before building any member list.
    if (ids.length === 1 && !isSeveral(placed.get(ids[0]!) ?? 0)) return;
    const members = [...new Set(ids)].flatMap((id) => splitsOf(id).map((split) => ({ id, split })));
    if (new Set(members.map((m) => m.split)).size < 2) return;
    findings.push({ kind, members: sortMembers(members), ...(group !== undefined && { group }) });
  };

  // A key seen once holds its id; only a repeated key gets an array.
  const byText = new Map<string, string | string[]>();
  const byPrompt = new Map<string, { ids: string | string[]; answer: string; differs: boolean }>();
  for (const id of placed.keys()) {
    const example = byId.get(id);
    if (!example) continue;
    const { whole, asked } = leakageKeys(example);
    const same = byText.get(whole);
    if (same === undefined) byText.set(whole, id);
    else if (typeof same === 'string') byText.set(whole, [same, id]);
    else same.push(id);
    if (!asked || asked.prompt === EMPTY_KEY) continue;
    const { prompt, answer } = asked;
    const entry = byPrompt.get(prompt);
    if (!entry) byPrompt.set(prompt, { ids: id, answer, differs: false });
    else {
      if (typeof entry.ids === 'string') entry.ids = [entry.ids, id];
      else entry.ids.push(id);
      entry.differs ||= entry.answer !== answer;
    }
  }
  for (const ids of byText.values())
    report('exact-duplicate', typeof ids === 'string' ? [ids] : ids);
  for (const cluster of options.nearDuplicates ?? []) report('near-duplicate', cluster);
  for (const [name, ids] of options.groups ?? []) report('group', ids, name);
  for (const { ids, differs } of byPrompt.values()) {
    if (differs) report('same-prompt', typeof ids === 'string' ? [ids] : ids);
  }

  const kindOrder = (kind: LeakageKind) => LEAKAGE_KINDS.indexOf(kind);
  const first = new Map(findings.map((f) => [f, f.members.map((m) => m.id).sort()[0] ?? '']));
  findings.sort(
    (a, b) =>
      kindOrder(a.kind) - kindOrder(b.kind) ||
      compareText(first.get(a)!, first.get(b)!) ||
      compareText(a.group ?? '', b.group ?? ''),
  );
  const counts = Object.fromEntries(LEAKAGE_KINDS.map((kind) => [kind, 0])) as Record<
    LeakageKind,
    number
  >;
  for (const finding of findings) counts[finding.kind] += 1;
  return { findings, counts, leaked: findings.length > 0 };
}

/** More than one bit set: an id in two splits is its own leak. */
function isSeveral(bits: number): boolean {
  return (bits & (bits - 1)) !== 0;
}

function sortMembers(members: LeakageMember[]): LeakageMember[] {
  const splitOrder = (split: SplitName) => SPLIT_NAMES.indexOf(split);
  return members.sort(
    (a, b) => splitOrder(a.split) - splitOrder(b.split) || compareText(a.id, b.id),
  );
}
