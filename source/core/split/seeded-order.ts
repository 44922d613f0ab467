import { hash } from 'node:crypto';

/**
 * 64 bits of sha256(`seed:text`): the same key as the export's simple splitter, so a plan with no
 * classes and no groups orders ids exactly as it did. The one-shot `hash` spares a Hash object per id.
 */
export function shuffleKey(seed: number, text: string): string {
  return hash('sha256', `${seed}:${text}`, 'hex').slice(0, 16);
}

/** Code-unit order, independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Distinct values ordered by their seeded key (the value itself settles the all but impossible
 * ties), so the order depends on the seed and never on the input's order. `salt` keeps separate
 * uses of one seed (items, groups, classes) independent of each other.
 */
export function seededOrder(values: Iterable<string>, seed: number, salt = ''): string[] {
  const distinct = [...new Set(values)];
  const keys = distinct.map((value) => shuffleKey(seed, salt + value));
  // The first 48 bits as a number order equal-length hex keys as their text would, and numbers
  // compare far faster than strings when sorting a million ids.
  const heads = Float64Array.from(keys, (key) => Number.parseInt(key.slice(0, 12), 16));
  return Array.from(distinct.keys())
    .sort(
      (a, b) =>
        heads[a]! - heads[b]! ||
        compareText(keys[a]!, keys[b]!) ||
        compareText(distinct[a]!, distinct[b]!),
    )
    .map((index) => distinct[index]!);
}
