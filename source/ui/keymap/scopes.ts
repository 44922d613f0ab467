/**
 * Where a binding applies. The dispatcher resolves a key against a stack of scopes, innermost first,
 * so a dialog wins over the screen beneath it and the screen over the global keys.
 */
export type Scope =
  | 'global'
  | 'review'
  | 'search-results'
  | 'stats'
  | 'export'
  | 'judge'
  | 'pair'
  | 'pair-grade'
  | 'ranking'
  | 'duplicates'
  | 'pii'
  | 'dataset'
  | 'help'
  | 'label-picker'
  | 'label-digits'
  | 'prompt';

/** Every scope, in the order the help overlay and the README table list them. */
export const SCOPES: readonly Scope[] = [
  'review',
  'search-results',
  'stats',
  'export',
  'pair',
  'pair-grade',
  'ranking',
  'judge',
  'duplicates',
  'pii',
  'dataset',
  'help',
  'label-picker',
  'label-digits',
  'prompt',
  'global',
];

/** Scopes whose printable keys, when not bound there, are typed into a text field. */
export const TEXT_SCOPES: ReadonlySet<Scope> = new Set<Scope>(['label-picker', 'prompt']);

/** How a scope is titled in help and the README. */
export const SCOPE_TITLES: Readonly<Record<Scope, string>> = {
  global: 'Everywhere',
  review: 'Review screen',
  'search-results': 'Review screen, while a search is active',
  stats: 'Stats screen',
  export: 'Export screen',
  judge: 'Pair and ranking screens',
  pair: 'Pair screen (A and B are the answers as shown: left or top is A)',
  'pair-grade': 'Pair screen, after ! or @ (a side waits for its grade)',
  ranking: 'Ranking screen (candidates numbered as shown)',
  duplicates: 'Duplicates screen',
  pii: 'PII screen',
  dataset: 'Dataset screen',
  help: 'Help overlay',
  'label-picker': 'Label picker',
  'label-digits': 'Label picker, before typing',
  prompt: 'Text prompts (note, search, seed)',
};
