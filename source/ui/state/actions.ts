import type { DecisionState } from '../../core/decision.js';
import type { Example } from '../../core/example.js';
import type { CurationAction } from './curation-state.js';
import type { DatasetAction } from './dataset-state.js';
import type { ExportChoice, PlanPreview } from './export-state.js';
import type { JudgeChange } from './judge-state.js';
import type { Viewport } from './layout.js';
import type { PiiAction } from './pii-state.js';
import type { StatsSplitsAction } from './stats-splits.js';
import type { Overlay, ScreenName } from './ui-state.js';

/** A decision the store now holds for the example at a dataset position. */
export interface DecisionUpdate {
  index: number;
  decision: DecisionState;
}

/** Everything that can change the UI state. Keys, the loader and the effects all speak in these. */
export type UiAction =
  | { type: 'resized'; viewport: Viewport }
  | {
      type: 'batchLoaded';
      examples: readonly Example[];
      decisions: readonly DecisionState[];
      labels: readonly string[];
    }
  | { type: 'loadProgressed'; fraction: number }
  | { type: 'loadFinished'; problems: number; format: string }
  | { type: 'loadFailed'; message: string }
  /**
   * The store changed these decisions. `advanceFrom`: a decision key was pressed on that position,
   * so the cursor goes to the next pending example. `focus`: undo/redo, so the cursor goes there.
   */
  | {
      type: 'decisionsChanged';
      updates: readonly DecisionUpdate[];
      advanceFrom?: number;
      focus?: number;
    }
  | { type: 'saveFailed'; message: string }
  | { type: 'notice'; text: string | null }
  | { type: 'moved'; by: number }
  | { type: 'paged'; by: 1 | -1 }
  | { type: 'movedToEnd'; end: 'first' | 'last' }
  | { type: 'detailScrolled'; by: number }
  | { type: 'filterCycled'; by: 1 | -1 }
  | { type: 'screenShown'; screen: ScreenName }
  | { type: 'wentBack' }
  | { type: 'overlayOpened'; overlay: Overlay }
  | { type: 'overlayClosed' }
  | { type: 'typed'; text: string }
  | { type: 'erased' }
  | { type: 'helpScrolled'; by: number; max: number }
  | { type: 'pickerMoved'; by: number }
  | { type: 'searched'; query: string }
  | { type: 'matchJumped'; by: 1 | -1 }
  | { type: 'searchCleared' }
  | { type: 'statsFieldCycled'; by: 1 | -1; fields: number }
  | { type: 'statsScrolled'; by: number; max: number }
  | { type: 'statsSplits'; change: StatsSplitsAction }
  | { type: 'exportChosen'; choice: ExportChoice }
  | { type: 'exportWentBack' }
  | { type: 'exportRestarted' }
  | { type: 'exportPlanProgressed'; fraction: number }
  | { type: 'exportPlanned'; plan: PlanPreview }
  | { type: 'exportStarted'; force: boolean }
  | { type: 'exportProgressed'; done: number; total: number }
  | { type: 'exportFinished'; files: readonly string[]; counts: Readonly<Record<string, number>> }
  | { type: 'exportFailed'; message: string }
  | { type: 'judge'; change: JudgeChange }
  | { type: 'curation'; change: CurationAction }
  | { type: 'pii'; change: PiiAction }
  | { type: 'dataset'; change: DatasetAction };
