/**
 * The curation work the workbench does in the background once the file has loaded: quality checks
 * and token counts for every example, and near-duplicate clusters when the Duplicates screen first
 * opens. Each runs in slices with a yield between them, so keys never wait for it.
 */
import { nearDuplicateParams, startNearDuplicates } from '../../core/dedup/index.js';
import { messageOf } from '../../core/error-message.js';
import type { Example } from '../../core/example.js';
import { isRefusal } from '../../core/export/refusal.js';
import { checkSlice } from '../../core/quality/index.js';
import {
  countTokensInSlice,
  DEFAULT_ENCODING,
  loadTokenCounter,
  type TokenCounter,
} from '../../core/tokens/index.js';
import type { CurationJob } from '../state/curation-state.js';
import type { UiStore } from '../state/ui-store.js';
import { inSlices } from './in-slices.js';

async function checkQuality(ui: UiStore, examples: readonly Example[], count: TokenCounter) {
  const total = examples.length;
  await inSlices(
    total,
    (from, to) => {
      const report = checkSlice(examples, from, to, { countTokens: count });
      const byId = new Map(report.examples.map((e) => [e.id, e.findings.map((f) => f.code)]));
      return examples.slice(from, to).map((example) => byId.get(example.id) ?? []);
    },
    (reasons) =>
      ui.dispatch({ type: 'curation', change: { type: 'qualityChecked', reasons, total } }),
  );
}

async function countTokens(ui: UiStore, examples: readonly Example[], count: TokenCounter) {
  const total = examples.length;
  await inSlices(
    total,
    (from, to) => countTokensInSlice(examples, from, to, count),
    (counts) =>
      ui.dispatch({
        type: 'curation',
        change: { type: 'tokensCounted', counts, total, encoding: DEFAULT_ENCODING },
      }),
  );
}

async function findDuplicates(ui: UiStore, examples: readonly Example[]) {
  const params = nearDuplicateParams();
  if (isRefusal(params)) throw new Error(params.reason);
  const job = startNearDuplicates(examples, params);
  await inSlices(
    job.total,
    (from, to) => {
      job.sign(to - from);
      return [];
    },
    (_none, done) =>
      ui.dispatch({
        type: 'curation',
        change: { type: 'duplicatesProgressed', done, total: job.total },
      }),
  );
  const { clusters } = job.finish();
  ui.dispatch({ type: 'curation', change: { type: 'duplicatesFound', clusters } });
}

/** Runs a job; a failure shows on its screen instead of ending the app. */
async function run(ui: UiStore, job: CurationJob, work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    ui.dispatch({
      type: 'curation',
      change: { type: 'curationFailed', job, message: messageOf(error) },
    });
  }
}

/** The background jobs of one session. */
export interface CurationJobs {
  /** Checks quality, then counts tokens, over the examples loaded; resolves when both are done. */
  afterLoad(): Promise<void>;
}

/**
 * Starts watching the UI: the duplicate search begins the first time the Duplicates screen is
 * shown after the file has loaded.
 */
export function createCurationJobs(ui: UiStore): CurationJobs {
  let duplicatesStarted = false;
  ui.subscribe(() => {
    const state = ui.getState();
    if (duplicatesStarted || state.screen !== 'duplicates' || state.load.phase !== 'done') return;
    duplicatesStarted = true;
    const examples = state.examples;
    ui.dispatch({
      type: 'curation',
      change: { type: 'duplicatesProgressed', done: 0, total: examples.length },
    });
    void run(ui, 'duplicates', () => findDuplicates(ui, examples));
  });
  return {
    async afterLoad() {
      const state = ui.getState();
      if (state.load.phase !== 'done') return;
      const examples = state.examples;
      let counter: TokenCounter | undefined;
      const tokenCounter = async () => {
        counter ??= await loadTokenCounter(DEFAULT_ENCODING);
        return counter;
      };
      await run(ui, 'quality', async () => checkQuality(ui, examples, await tokenCounter()));
      await run(ui, 'tokens', async () => countTokens(ui, examples, await tokenCounter()));
    },
  };
}
