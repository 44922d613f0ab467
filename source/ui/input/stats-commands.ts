import type { CommandTable } from './command.js';

/** The stats screen's own view switch; its field and scroll keys are screen commands. */
export const STATS_COMMANDS: CommandTable<'toggleSplitView'> = {
  toggleSplitView: ({ ui }) =>
    ui.dispatch({ type: 'statsSplits', change: { type: 'splitViewToggled' } }),
};
