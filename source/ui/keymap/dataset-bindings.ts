/** The Dataset screen's rows of the keymap table, and the key that opens it. */
import { type Binding, bind as row } from './binding.js';

export const DATASET_BINDINGS = {
  datasetDown: row('dataset', 'Move', ['j', 'down'], 'Next field'),
  datasetUp: row('dataset', 'Move', ['k', 'up'], 'Previous field'),
  datasetEdit: row(
    'dataset',
    'Annotate',
    ['enter'],
    'Edit the highlighted field (an empty value removes it)',
    'edit',
  ),
  showDataset: row(
    'global',
    'Screens',
    ['M'],
    'Dataset screen: licence, source, owner, intended use, name and language of the dataset',
    'dataset',
  ),
} as const satisfies Record<string, Binding>;
