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
  const placed = new Map<string, SplitName[]>();
  for (const split of SPLIT_NAMES) {
    for (const id of splits[split]) {
      const where = placed.get(id);
      if (!where) placed.set(id, [split]);
      else if (!where.includes(split)) where.push(split);
    }
  }
  const findings: LeakageFinding[] = [];
  const report = (kind: LeakageKind, ids: readonly string[], group?: string) => {
    // Most sets are one example in one split: settle those before building any member list.
    if (ids.length === 1 && (placed.get(ids[0]!)?.length ?? 0) < 2) return;
    const members = [...new Set(ids)].flatMap((id) =>
      (placed.get(id) ?? []).map((split) => ({ id, split })),
    );
    if (new Set(members.map((m) => m.split)).size < 2) return;
    findings.push({ kind, members: sortMembers(members), ...(group !== undefined && { group }) });
  };

  const byText = new Map<string, string[]>();
  const byPrompt = new Map<string, { ids: string[]; answer: string; differs: boolean }>();
  for (const id of placed.keys()) {
    const example = byId.get(id);
    if (!example) continue;
    const { whole, asked } = leakageKeys(example);
    pushTo(byText, whole, id);
    if (!asked || asked.prompt === EMPTY_KEY) continue;
    const { prompt, answer } = asked;
    const entry = byPrompt.get(prompt);
    if (!entry) byPrompt.set(prompt, { ids: [id], answer, differs: false });
    else {
      entry.ids.push(id);
      entry.differs ||= entry.answer !== answer;
    }
  }
  for (const ids of byText.values()) report('exact-duplicate', ids);
  for (const cluster of options.nearDuplicates ?? []) report('near-duplicate', cluster);
  for (const [name, ids] of options.groups ?? []) report('group', ids, name);
  for (const { ids, differs } of byPrompt.values()) if (differs) report('same-prompt', ids);

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

function pushTo(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids) ids.push(id);
  else map.set(key, [id]);
}

function sortMembers(members: LeakageMember[]): LeakageMember[] {
  const splitOrder = (split: SplitName) => SPLIT_NAMES.indexOf(split);
  return members.sort(
    (a, b) => splitOrder(a.split) - splitOrder(b.split) || compareText(a.id, b.id),
  );
}
