import { isRefusal } from '../../core/export/refusal.js';
import { parseSplitEntry, splitEntryText } from '../state/split-entry.js';
import type { UiStore } from '../state/ui-store.js';

/**
 * Enter on the export screen's typed split: a split the parser takes is chosen and the form moves
 * on; otherwise the prompt stays open with the text, and the parser's reason shows beneath the step.
 */
export function confirmSplitPrompt(ui: UiStore, text: string): void {
  const entry = parseSplitEntry(text);
  if (isRefusal(entry)) {
    ui.dispatch({ type: 'notice', text: entry.reason });
    return;
  }
  ui.dispatch({ type: 'exportChosen', choice: { step: 'split', value: splitEntryText(entry) } });
}
