/** The Dataset screen: the dataset fields the store holds, and which one is highlighted. */
import { DATASET_META_FIELDS, type DatasetMeta } from '../../core/dataset-meta.js';
import type { UiState } from './ui-state.js';

export interface DatasetState {
  meta: DatasetMeta;
  cursor: number;
}

export const INITIAL_DATASET: DatasetState = { meta: {}, cursor: 0 };

export type DatasetAction =
  /** The store's fields, at start and after each change. */
  { type: 'datasetMetaKnown'; meta: DatasetMeta } | { type: 'datasetFieldMoved'; by: 1 | -1 };

export function reduceDataset(state: UiState, action: DatasetAction): UiState {
  const { dataset } = state;
  switch (action.type) {
    case 'datasetMetaKnown':
      return { ...state, dataset: { ...dataset, meta: action.meta } };
    case 'datasetFieldMoved': {
      const count = DATASET_META_FIELDS.length;
      const cursor = (dataset.cursor + action.by + count) % count;
      return { ...state, dataset: { ...dataset, cursor } };
    }
  }
}

/** The highlighted field. */
export function highlightedField(state: UiState) {
  return DATASET_META_FIELDS[state.dataset.cursor]!;
}
