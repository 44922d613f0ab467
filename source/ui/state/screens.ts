/** Switching screens, and the stats and export screens' own state. */
import type { UiAction } from './actions.js';
import {
  chooseExport,
  type ExportState,
  formChoices,
  initialExportState,
  previousExportStep,
} from './export-state.js';
import type { Overlay, ScreenName, UiState } from './ui-state.js';

/** Opening a screen closes any dialog; opening export again after a write starts a fresh form. */
export function showScreen(state: UiState, screen: ScreenName): UiState {
  const finished = state.export.step === 'done' || state.export.step === 'failed';
  const exportState = finished
    ? { ...initialExportState(), ...formChoices(state.export) }
    : state.export;
  // Decisions made elsewhere may have changed the plan: it is worked out again on arrival.
  if (screen === 'export') {
    return withSeedPrompt({ ...state, screen }, { ...exportState, plan: null, planned: 0 });
  }
  return { ...state, screen, overlay: null };
}

/** Esc: close the search, else leave stats or export for review. */
export function goBack(state: UiState): UiState {
  if (state.screen === 'review') return state.search ? { ...state, search: null } : state;
  return showScreen(state, 'review');
}

export function cycleStatsField(state: UiState, by: 1 | -1, fields: number): UiState {
  if (fields <= 0) return state;
  const field = (((state.stats.field + by) % fields) + fields) % fields;
  return { ...state, stats: { field, top: 0 } };
}

export function scrollStats(state: UiState, by: number, max: number): UiState {
  const top = Math.max(0, Math.min(state.stats.top + by, max));
  return top === state.stats.top ? state : { ...state, stats: { ...state.stats, top } };
}

type ExportAction = Extract<
  UiAction,
  {
    type:
      | 'exportChosen'
      | 'exportWentBack'
      | 'exportRestarted'
      | 'exportPlanProgressed'
      | 'exportPlanned'
      | 'exportStarted'
      | 'exportProgressed'
      | 'exportFinished'
      | 'exportFailed';
  }
>;

/** The seed step is typed, so arriving at it opens a prompt holding the current seed. */
function withSeedPrompt(state: UiState, exportState: ExportState): UiState {
  const overlay: Overlay | null =
    exportState.step === 'seed'
      ? { kind: 'prompt', purpose: 'seed', text: String(exportState.seed) }
      : null;
  return { ...state, export: exportState, overlay };
}

/** The export form's steps and the write's progress. */
export function reduceExport(state: UiState, action: ExportAction): UiState {
  const form = state.export;
  switch (action.type) {
    case 'exportChosen':
      return withSeedPrompt(state, chooseExport(form, action.choice));
    case 'exportWentBack': {
      const step = previousExportStep(form);
      if (step === undefined) return showScreen(state, 'review');
      return withSeedPrompt(state, { ...form, step, message: null });
    }
    case 'exportRestarted':
      return withSeedPrompt(state, { ...form, step: 'format', message: null, plan: null });
    case 'exportPlanProgressed':
      return { ...state, export: { ...form, planned: action.fraction } };
    case 'exportPlanned':
      return { ...state, export: { ...form, plan: action.plan, planned: 1 } };
    case 'exportStarted':
      return {
        ...state,
        export: { ...form, step: 'writing', force: action.force, progress: { done: 0, total: 0 } },
      };
    case 'exportProgressed':
      return {
        ...state,
        export: { ...form, progress: { done: action.done, total: action.total } },
      };
    case 'exportFinished':
      return {
        ...state,
        export: { ...form, step: 'done', files: action.files, counts: action.counts },
        // Seen wherever the user is: they may have left the screen while it wrote.
        notice: `export written: ${action.files.length} files`,
      };
    case 'exportFailed':
      return {
        ...state,
        export: { ...form, step: 'failed', message: action.message },
        notice: 'export failed: the export screen (E) says why',
      };
  }
}
