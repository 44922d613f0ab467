/** What the PII screen derives from its state: each hit's status, counts, and where to go next. */
import { DEFAULT_PII_THRESHOLD } from '../../core/export/pii-policy.js';
import { type AllowList, createAllowList, PII_TYPES, type PiiType } from '../../core/pii/index.js';
import type { DecisionTable } from './decision-table.js';
import type { PiiHitRow, PiiState } from './pii-state.js';
import type { UiState } from './ui-state.js';

/**
 * What an export will do with a hit: an allow-listed value is not personal data at all, so it wins
 * over a decision; otherwise the reviewer's `redact` or `keep`, or nothing yet.
 */
export type HitStatus = 'redact' | 'keep' | 'allowed' | 'unreviewed';

const compiled = new WeakMap<readonly string[], AllowList>();

/** The compiled allow-list, once per list (the reducer replaces the array when it changes). */
export function allowListOf(allow: readonly string[]): AllowList {
  let list = compiled.get(allow);
  if (list === undefined) {
    list = createAllowList(allow);
    compiled.set(allow, list);
  }
  return list;
}

export function hitStatus(
  row: PiiHitRow,
  decisions: DecisionTable,
  allow: readonly string[],
): HitStatus {
  if (allow.length > 0 && allowListOf(allow).allows(row.hit)) return 'allowed';
  return decisions.get(row.position).pii?.[row.key] ?? 'unreviewed';
}

/** The next hit after `from` still unreviewed, wrapping; undefined when none is. */
export function nextUnreviewed(state: UiState, from: number): number | undefined {
  const { hits, allow } = state.pii;
  for (let step = 1; step <= hits.length; step++) {
    const at = (from + step) % hits.length;
    if (hitStatus(hits[at]!, state.decisions, allow) === 'unreviewed') return at;
  }
  return undefined;
}

/** Counts for the screen's title. */
export interface PiiCounts {
  hits: number;
  unreviewed: number;
  /** Unreviewed hits confident enough to stop an export under the default threshold. */
  blocking: number;
  byType: { type: PiiType; hits: number }[];
}

const countsSeen = new WeakMap<
  readonly PiiHitRow[],
  { decisions: DecisionTable; allow: readonly string[]; counts: PiiCounts }
>();

/** The counts, worked out again only when the hits, the decisions or the allow-list changed. */
export function piiCounts(state: Pick<UiState, 'decisions'> & { pii: PiiState }): PiiCounts {
  const seen = countsSeen.get(state.pii.hits);
  if (seen?.decisions === state.decisions && seen.allow === state.pii.allow) return seen.counts;
  const counts = countHits(state);
  countsSeen.set(state.pii.hits, { decisions: state.decisions, allow: state.pii.allow, counts });
  return counts;
}

function countHits(state: Pick<UiState, 'decisions'> & { pii: PiiState }): PiiCounts {
  const { hits, allow } = state.pii;
  const perType = new Map<PiiType, number>();
  let unreviewed = 0;
  let blocking = 0;
  for (const row of hits) {
    perType.set(row.hit.type, (perType.get(row.hit.type) ?? 0) + 1);
    if (hitStatus(row, state.decisions, allow) !== 'unreviewed') continue;
    unreviewed++;
    if (row.hit.confidence >= DEFAULT_PII_THRESHOLD) blocking++;
  }
  const byType = PII_TYPES.filter((type) => perType.has(type)).map((type) => ({
    type,
    hits: perType.get(type) ?? 0,
  }));
  return { hits: hits.length, unreviewed, blocking, byType };
}

/** The highlighted hit, if the list has one. */
export function highlightedHit(state: UiState): PiiHitRow | undefined {
  return state.pii.hits[state.pii.cursor];
}
