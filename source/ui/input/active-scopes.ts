import type { Scope } from '../keymap/scopes.js';
import type { ScreenName, UiState } from '../state/ui-state.js';
import { judgeScopes } from './judge-scopes.js';

function screenScopes(state: UiState): Scope[] {
  switch (state.screen) {
    case 'review':
      return state.search ? ['search-results', 'review', 'global'] : ['review', 'global'];
    case 'stats':
      return ['stats', 'global'];
    case 'export':
      return ['export', 'global'];
    case 'judge':
      return judgeScopes(state);
    case 'duplicates':
      return ['duplicates', 'global'];
    case 'pii':
      return ['pii', 'global'];
    case 'dataset':
      return ['dataset', 'global'];
  }
}

/** The scopes a key is resolved against right now, innermost first. */
export function activeScopes(state: UiState): Scope[] {
  const overlay = state.overlay;
  if (overlay?.kind === 'help') return ['help', 'global'];
  if (overlay?.kind === 'labels') {
    // Digits choose a label only until typing starts; then they are part of the new label's name.
    return overlay.text === ''
      ? ['label-digits', 'label-picker', 'global']
      : ['label-picker', 'global'];
  }
  if (overlay?.kind === 'prompt') return ['prompt', 'global'];
  return screenScopes(state);
}

/** What help lists on each screen: the screen's keys, the dialogs it opens, and the global keys. */
export const HELP_SCOPES: Readonly<Record<ScreenName, readonly Scope[]>> = {
  review: ['review', 'search-results', 'label-picker', 'label-digits', 'prompt', 'help', 'global'],
  stats: ['stats', 'help', 'global'],
  export: ['export', 'prompt', 'help', 'global'],
  judge: ['pair', 'pair-grade', 'ranking', 'judge', 'prompt', 'help', 'global'],
  duplicates: ['duplicates', 'help', 'global'],
  pii: ['pii', 'help', 'global'],
  dataset: ['dataset', 'prompt', 'help', 'global'],
};
