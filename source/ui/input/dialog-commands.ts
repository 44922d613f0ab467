import { helpLines } from '../help/help-lines.js';
import { DEFAULT_SEED } from '../state/export-state.js';
import { labelForDigit, pickerItems, toggleLabel } from '../state/label-picker.js';
import { layoutFor } from '../state/layout.js';
import { currentIndex } from '../state/list-view.js';
import type { UiState } from '../state/ui-state.js';
import { HELP_SCOPES } from './active-scopes.js';
import type { CommandContext, CommandTable } from './command.js';
import { confirmFieldPrompt } from './dataset-commands.js';
import { confirmSplitPrompt } from './split-prompt.js';

type DialogAction =
  | 'closeHelp'
  | 'scrollHelpDown'
  | 'scrollHelpUp'
  | 'pickerDown'
  | 'pickerUp'
  | 'pickerConfirm'
  | 'pickerCancel'
  | 'pickerErase'
  | 'chooseNumberedLabel'
  | 'promptConfirm'
  | 'promptCancel'
  | 'promptErase';

/** Rows of help the overlay shows: the body less its border and title. */
export function helpHeight(state: UiState): number {
  return Math.max(1, layoutFor(state.viewport).bodyHeight - 3);
}

/** Columns of help text inside the overlay's border and padding. */
export function helpWidth(state: UiState): number {
  return Math.max(10, state.viewport.columns - 4);
}

function scrollHelp({ ui, keymap }: CommandContext, by: number): void {
  const state = ui.getState();
  const lines = helpLines(keymap, HELP_SCOPES[state.screen], helpWidth(state)).length;
  ui.dispatch({ type: 'helpScrolled', by, max: Math.max(0, lines - helpHeight(state)) });
}

/** Toggles `label` on the example under the cursor and closes the picker. */
function chooseLabel({ ui, effects }: CommandContext, label: string): void {
  const state = ui.getState();
  const at = currentIndex(state);
  ui.dispatch({ type: 'overlayClosed' });
  if (at === undefined) return;
  effects.setLabels(toggleLabel(state.decisions.get(at).labels, label));
}

function pickerState(state: UiState) {
  const overlay = state.overlay;
  if (overlay?.kind !== 'labels') return undefined;
  return { ...overlay, items: pickerItems(state.knownLabels, overlay.text) };
}

function confirmPrompt(context: CommandContext): void {
  const { ui, effects } = context;
  const overlay = ui.getState().overlay;
  if (overlay?.kind !== 'prompt') return;
  switch (overlay.purpose) {
    case 'note':
      ui.dispatch({ type: 'overlayClosed' });
      effects.setNote(overlay.text);
      return;
    case 'search':
      ui.dispatch({ type: 'searched', query: overlay.text });
      return;
    case 'seed': {
      const seed = overlay.text === '' ? DEFAULT_SEED : Number(overlay.text);
      ui.dispatch({ type: 'exportChosen', choice: { step: 'seed', value: seed } });
      return;
    }
    case 'split':
      confirmSplitPrompt(ui, overlay.text);
      return;
    case 'field':
      confirmFieldPrompt(context, overlay.text);
      return;
  }
}

export const DIALOG_COMMANDS: CommandTable<DialogAction> = {
  closeHelp: ({ ui }) => ui.dispatch({ type: 'overlayClosed' }),
  scrollHelpDown: (context) => scrollHelp(context, 1),
  scrollHelpUp: (context) => scrollHelp(context, -1),
  pickerDown: ({ ui }) => ui.dispatch({ type: 'pickerMoved', by: 1 }),
  pickerUp: ({ ui }) => ui.dispatch({ type: 'pickerMoved', by: -1 }),
  pickerConfirm: (context) => {
    const picker = pickerState(context.ui.getState());
    if (picker === undefined) return;
    const typed = picker.text.trim();
    const exact = picker.items.find((label) => label.toLowerCase() === typed.toLowerCase());
    const label = typed === '' ? picker.items[picker.highlight] : (exact ?? typed);
    if (label === undefined) context.ui.dispatch({ type: 'overlayClosed' });
    else chooseLabel(context, label);
  },
  pickerCancel: ({ ui }) => ui.dispatch({ type: 'overlayClosed' }),
  pickerErase: ({ ui }) => ui.dispatch({ type: 'erased' }),
  chooseNumberedLabel: (context, key) => {
    const picker = pickerState(context.ui.getState());
    if (picker === undefined) return;
    const label = labelForDigit(picker.items, picker.highlight, Number(key));
    if (label === undefined) context.ui.dispatch({ type: 'notice', text: `no label ${key}` });
    else chooseLabel(context, label);
  },
  promptConfirm: confirmPrompt,
  promptCancel: ({ ui }) => {
    const overlay = ui.getState().overlay;
    const seed = overlay?.kind === 'prompt' && overlay.purpose === 'seed';
    ui.dispatch(seed ? { type: 'exportWentBack' } : { type: 'overlayClosed' });
  },
  promptErase: ({ ui }) => ui.dispatch({ type: 'erased' }),
};
