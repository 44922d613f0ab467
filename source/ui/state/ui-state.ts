import type { Example } from '../../core/example.js';
import { type CurationState, INITIAL_CURATION } from './curation-state.js';
import { type DatasetState, INITIAL_DATASET } from './dataset-state.js';
import { DecisionTable } from './decision-table.js';
import { type ExportState, initialExportState } from './export-state.js';
import { initialJudgeState, type JudgeState } from './judge-state.js';
import { MIN_VIEWPORT, type Viewport } from './layout.js';
import { INITIAL_PII, type PiiState } from './pii-state.js';
import { INITIAL_STATS_SPLITS, type StatsSplitsState } from './stats-splits.js';
import { NO_COUNTS, type StatusCounts } from './status-counts.js';

export type ScreenName = 'review' | 'stats' | 'export' | 'judge' | 'duplicates' | 'pii' | 'dataset';

/**
 * Which examples the list shows; Tab cycles through `FILTERS` in order. `findings` (examples with
 * quality reasons) has its own key, as it also narrows by reason.
 */
export type Filter =
  | 'all'
  | 'pending'
  | 'accepted'
  | 'rejected'
  | 'skipped'
  | 'flagged'
  | 'findings';

export const FILTERS: readonly Filter[] = [
  'all',
  'pending',
  'accepted',
  'rejected',
  'skipped',
  'flagged',
];

/** What a one-line prompt is for. */
export type PromptPurpose = 'note' | 'search' | 'seed' | 'split' | 'field';

/** A dialog over the screen: it takes the keys until it closes. */
export type Overlay =
  | { kind: 'help'; top: number }
  | { kind: 'labels'; text: string; highlight: number }
  | { kind: 'prompt'; purpose: PromptPurpose; text: string };

/** Reading the data file in the background. */
export interface LoadState {
  phase: 'loading' | 'done' | 'failed';
  /** 0..1 when the reader reports progress. */
  fraction?: number;
  problems: number;
  format?: string;
  message?: string;
}

/** An active search: the query and the positions (in the dataset) of the examples it matches. */
export interface SearchState {
  query: string;
  matches: readonly number[];
}

/** Everything the workbench shows; changed only by the reducer. */
export interface UiState {
  file: string;
  viewport: Viewport;
  screen: ScreenName;
  overlay: Overlay | null;
  examples: readonly Example[];
  decisions: DecisionTable;
  counts: StatusCounts;
  /** Labels offered by the picker: from the data's label fields and from decisions, sorted. */
  knownLabels: readonly string[];
  filter: Filter;
  /** Dataset positions the filter keeps, ascending; null when the filter keeps everything. */
  view: readonly number[] | null;
  /** Position of the cursor within the view. */
  cursor: number;
  /** Dataset position the cursor was last on, kept while a filter shows nothing. */
  anchor: number;
  /** First view position the list pane shows. */
  listTop: number;
  /** First line of example text the detail pane shows. */
  detailTop: number;
  search: SearchState | null;
  load: LoadState;
  /** Why the last store write failed, while it is still unresolved. */
  saveError: string | null;
  /** A one-line message for the status bar (`nothing to undo`), cleared by the next key. */
  notice: string | null;
  stats: { field: number; top: number };
  /** The stats screen's per-split view and its background result. */
  statsSplits: StatsSplitsState;
  export: ExportState;
  /** The pair and ranking screens. */
  judge: JudgeState;
  curation: CurationState;
  /** The PII screen: hits found, its cursor, the allow-list. */
  pii: PiiState;
  /** The Dataset screen: the store's dataset fields and the highlighted one. */
  dataset: DatasetState;
}

/** The state before anything is loaded: the first frame draws from it. */
export function initialState(file: string, viewport: Viewport = MIN_VIEWPORT): UiState {
  return {
    file,
    viewport,
    screen: 'review',
    overlay: null,
    examples: [],
    decisions: DecisionTable.EMPTY,
    counts: NO_COUNTS,
    knownLabels: [],
    filter: 'all',
    view: null,
    cursor: 0,
    anchor: 0,
    listTop: 0,
    detailTop: 0,
    search: null,
    load: { phase: 'loading', problems: 0 },
    saveError: null,
    notice: null,
    stats: { field: 0, top: 0 },
    statsSplits: INITIAL_STATS_SPLITS,
    export: initialExportState(),
    judge: initialJudgeState(),
    curation: INITIAL_CURATION,
    pii: INITIAL_PII,
    dataset: INITIAL_DATASET,
  };
}
