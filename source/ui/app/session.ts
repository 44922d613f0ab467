import type { LoadedDataset } from '../../io/load-dataset.js';
import { allowListAt } from '../effects/allow-list-file.js';
import { createCurationJobs } from '../effects/curation-jobs.js';
import { DatasetIndex } from '../effects/dataset-index.js';
import { createDecisionEffects } from '../effects/decision-effects.js';
import { type ExportChoices, runExportFromUi } from '../effects/export-effect.js';
import { type LoadRequest, loadIntoUi } from '../effects/load-into-ui.js';
import { createPiiEffects } from '../effects/pii-effects.js';
import { watchForPiiScreen } from '../effects/pii-scan.js';
import { previewExportPlan } from '../effects/plan-preview.js';
import type { ReviewStore } from '../effects/review-store.js';
import { createSplitBalanceJob } from '../effects/split-balance.js';
import { frozenTestSet } from '../effects/split-choices.js';
import type { CommandContext } from '../input/command.js';
import { type Keymap, KeyResolver } from '../keymap/keymap.js';
import type { Viewport } from '../state/layout.js';
import { initialState } from '../state/ui-state.js';
import { createUiStore, type UiStore } from '../state/ui-store.js';
import type { Theme } from '../theme/theme.js';
import type { Services } from './contexts.js';

/** Writes an export of a loaded dataset; the workbench passes the CLI's `runExport`. */
export type DatasetExporter = (
  dataset: LoadedDataset,
  choices: ExportChoices,
  onProgress: (done: number, total: number) => void,
) => Promise<{ files: string[]; counts: Record<string, number> }>;

/** What a workbench session is made from. */
export interface SessionOptions extends LoadRequest {
  store: ReviewStore;
  /** The store's directory: its personal-data allow-list lives there. */
  storePath: string;
  keymap: Keymap;
  theme: Theme;
  viewport: Viewport;
  exporter: DatasetExporter;
  /** Called by the quit action: flush the store and end the app. */
  onQuit(): void;
}

/** A running workbench: its state, the services the app uses, and the background load. */
export interface Session {
  ui: UiStore;
  services: Services;
  /** Reads the file into the UI; resolves when it has all loaded (or failed). */
  load(): Promise<void>;
}

/** Wires the state, the effects and the keymap together; nothing starts until `load()`. */
export function createSession(options: SessionOptions): Session {
  const ui = createUiStore(initialState(options.file, options.viewport));
  ui.dispatch({ type: 'judge', change: { type: 'seedKnown', seed: options.store.seed } });
  ui.dispatch({ type: 'dataset', change: { type: 'datasetMetaKnown', meta: options.store.meta } });
  const index = new DatasetIndex();
  const allowList = allowListAt(options.storePath);
  const pii = createPiiEffects(options.store, ui, index, allowList);
  const effects = createDecisionEffects(options.store, ui, index, pii.replayed);
  const curation = createCurationJobs(ui);
  const splitBalance = createSplitBalanceJob(ui);
  watchForPiiScreen(ui, allowList);
  const commands: CommandContext = {
    ui,
    effects,
    pii,
    keymap: options.keymap,
    // The allow-list is written in the background: its last change lands before the app ends.
    quit: () => void pii.settled().then(options.onQuit),
  };
  let dataset: LoadedDataset | undefined;
  let previews = 0;
  const services: Services = {
    ui,
    commands,
    resolver: new KeyResolver(options.keymap),
    theme: options.theme,
    startExport(force) {
      void runExportFromUi(
        ui,
        (choices, onProgress) => {
          if (dataset === undefined) throw new Error('the file has not finished loading');
          return options.exporter(dataset, choices, onProgress);
        },
        force,
      );
    },
    previewExport() {
      const run = ++previews;
      const frozen = frozenTestSet(options.store.frozenTest);
      void previewExportPlan(ui, () => run === previews, frozen);
    },
    previewSplitBalance(request) {
      void splitBalance.run(request, frozenTestSet(options.store.frozenTest));
    },
  };
  return {
    ui,
    services,
    async load() {
      dataset = await loadIntoUi(options, options.store, ui, index);
      void curation.afterLoad();
    },
  };
}
