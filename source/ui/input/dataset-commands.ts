import type { DatasetMeta } from '../../core/dataset-meta.js';
import type { ActionName } from '../keymap/bindings.js';
import type { DATASET_BINDINGS } from '../keymap/dataset-bindings.js';
import { highlightedField } from '../state/dataset-state.js';
import type { CommandContext, CommandTable } from './command.js';

type DatasetActionName = keyof typeof DATASET_BINDINGS & ActionName;

/** Saves the field prompt's text as the highlighted field; an empty text removes the field. */
export function confirmFieldPrompt({ ui, effects }: CommandContext, text: string): void {
  const { key } = highlightedField(ui.getState());
  ui.dispatch({ type: 'overlayClosed' });
  effects.setMeta({ [key]: text } as DatasetMeta);
}

export const DATASET_COMMANDS: CommandTable<DatasetActionName> = {
  datasetDown: ({ ui }) =>
    ui.dispatch({ type: 'dataset', change: { type: 'datasetFieldMoved', by: 1 } }),
  datasetUp: ({ ui }) =>
    ui.dispatch({ type: 'dataset', change: { type: 'datasetFieldMoved', by: -1 } }),
  datasetEdit: ({ ui }) => {
    const state = ui.getState();
    const text = state.dataset.meta[highlightedField(state).key] ?? '';
    ui.dispatch({ type: 'overlayOpened', overlay: { kind: 'prompt', purpose: 'field', text } });
  },
  showDataset: ({ ui }) => ui.dispatch({ type: 'screenShown', screen: 'dataset' }),
};
