import { CHOICE_STEPS } from './export-state.js';
import { layoutFor } from './layout.js';
import type { UiState } from './ui-state.js';

/**
 * Rows the export screen has for a step's text under its title, its steps and the rule, when
 * `reserved` rows below the text are taken (a list of choices).
 */
export function exportTextRows(state: Pick<UiState, 'viewport'>, reserved: number): number {
  return layoutFor(state.viewport).bodyHeight - CHOICE_STEPS.length - 2 - reserved;
}
