import { messageOf } from '../../core/error-message.js';
import { type LoadedDataset, type LoadOptions, loadDataset } from '../../io/load-dataset.js';
import type { Container } from '../../io/read-records.js';
import { dataLabels, decisionLabels } from '../state/labels.js';
import type { UiStore } from '../state/ui-store.js';
import type { DatasetIndex } from './dataset-index.js';
import type { ReviewStore } from './review-store.js';

/** Which file to read, and how. */
export interface LoadRequest {
  file: string;
  container?: string;
  format?: string;
}

/**
 * Reads the data file in the background: each batch goes to the UI with the store's decisions as
 * soon as it is read, so the first examples are reviewable while the rest load. Never throws: a
 * file that cannot be read becomes a `loadFailed` action with the reader's message (and undefined).
 */
export async function loadIntoUi(
  request: LoadRequest,
  store: ReviewStore,
  ui: UiStore,
  index: DatasetIndex,
): Promise<LoadedDataset | undefined> {
  const storeLabels = decisionLabels([...store.entries()].map(([, decision]) => decision));
  ui.dispatch({ type: 'batchLoaded', examples: [], decisions: [], labels: storeLabels });
  let shownPercent = -1;
  const options: LoadOptions = {
    container: request.container as Container | undefined,
    format: request.format,
    onBatch(examples) {
      index.add(examples);
      ui.dispatch({
        type: 'batchLoaded',
        examples,
        decisions: examples.map((example) => store.get(example.id)),
        labels: dataLabels(examples),
      });
    },
    onProgress(fraction) {
      const percent = Math.floor(fraction * 100);
      if (percent === shownPercent) return;
      shownPercent = percent;
      ui.dispatch({ type: 'loadProgressed', fraction });
    },
  };
  try {
    const dataset = await loadDataset(request.file, options);
    ui.dispatch({
      type: 'loadFinished',
      problems: dataset.problems.length,
      format: dataset.format,
    });
    return dataset;
  } catch (error) {
    ui.dispatch({
      type: 'loadFailed',
      message: messageOf(error),
    });
    return undefined;
  }
}
