import { statsLayout } from '../state/stats-layout.js';
import { splitsScrollMax } from '../state/stats-splits.js';
import { breakdown, currentField, statsFields } from '../state/stats-view.js';
import type { UiState } from '../state/ui-state.js';
import type { CommandContext, CommandTable } from './command.js';

type ScreenAction =
  | 'nextField'
  | 'previousField'
  | 'scrollStatsDown'
  | 'scrollStatsUp'
  | 'exportBack'
  | 'showReview'
  | 'showStats'
  | 'showExport'
  | 'back'
  | 'help'
  | 'quit';

/** Rows of the breakdown table past the first screenful: how far it can scroll. */
export function statsScrollMax(state: UiState): number {
  if (state.statsSplits.shown) return splitsScrollMax(state);
  const rows = breakdown(state.examples, state.decisions, currentField(state)).length;
  return Math.max(0, rows - statsLayout(state.viewport, rows).tableRows);
}

function scrollStats({ ui }: CommandContext, by: number): void {
  const state = ui.getState();
  ui.dispatch({
    type: 'statsScrolled',
    by,
    max: statsScrollMax(state),
  });
}

function cycleField({ ui }: CommandContext, by: 1 | -1): void {
  const fields = statsFields(ui.getState().examples).length;
  ui.dispatch({ type: 'statsFieldCycled', by, fields });
}

export const SCREEN_COMMANDS: CommandTable<ScreenAction> = {
  nextField: (context) => cycleField(context, 1),
  previousField: (context) => cycleField(context, -1),
  scrollStatsDown: (context) => scrollStats(context, 1),
  scrollStatsUp: (context) => scrollStats(context, -1),
  exportBack: ({ ui }) => ui.dispatch({ type: 'exportWentBack' }),
  showReview: ({ ui }) => ui.dispatch({ type: 'screenShown', screen: 'review' }),
  showStats: ({ ui }) => ui.dispatch({ type: 'screenShown', screen: 'stats' }),
  showExport: ({ ui }) => ui.dispatch({ type: 'screenShown', screen: 'export' }),
  back: ({ ui }) => ui.dispatch({ type: 'wentBack' }),
  help: ({ ui }) => {
    const open = ui.getState().overlay?.kind === 'help';
    ui.dispatch(
      open
        ? { type: 'overlayClosed' }
        : { type: 'overlayOpened', overlay: { kind: 'help', top: 0 } },
    );
  },
  quit: ({ quit }) => quit(),
};
