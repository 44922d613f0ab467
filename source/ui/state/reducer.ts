import type { UiAction } from './actions.js';
import { reduceCuration } from './curation-reducer.js';
import { addBatch, applyDecisions } from './data-changes.js';
import { reduceDataset } from './dataset-state.js';
import { reduceJudge } from './judge-state.js';
import { cycleFilter, moveBy, moveToEnd, pageBy, resize, scrollDetail } from './navigation.js';
import {
  closeOverlay,
  eraseText,
  movePicker,
  openOverlay,
  scrollHelp,
  typeText,
} from './overlays.js';
import { reducePii } from './pii-reducer.js';
import { cycleStatsField, goBack, reduceExport, scrollStats, showScreen } from './screens.js';
import { jumpToMatch, submitSearch } from './search.js';
import { reduceStatsSplits } from './stats-splits.js';
import type { UiState } from './ui-state.js';

/** The one reducer: pure, so every key's effect on the screen is testable without a terminal. */
export function reducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'resized':
      return resize(state, action.viewport);
    case 'batchLoaded':
      return addBatch(state, action.examples, action.decisions, action.labels);
    case 'loadProgressed':
      return { ...state, load: { ...state.load, fraction: action.fraction } };
    case 'loadFinished':
      return {
        ...state,
        load: { phase: 'done', fraction: 1, problems: action.problems, format: action.format },
      };
    case 'loadFailed':
      return { ...state, load: { ...state.load, phase: 'failed', message: action.message } };
    case 'decisionsChanged':
      return applyDecisions(state, action.updates, action);
    case 'saveFailed':
      return { ...state, saveError: action.message };
    case 'notice':
      return { ...state, notice: action.text };
    case 'moved':
      return moveBy(state, action.by);
    case 'paged':
      return pageBy(state, action.by);
    case 'movedToEnd':
      return moveToEnd(state, action.end);
    case 'detailScrolled':
      return scrollDetail(state, action.by);
    case 'filterCycled':
      return cycleFilter(state, action.by);
    case 'screenShown':
      return showScreen(state, action.screen);
    case 'wentBack':
      return goBack(state);
    case 'overlayOpened':
      return openOverlay(state, action.overlay);
    case 'overlayClosed':
      return closeOverlay(state);
    case 'typed':
      return typeText(state, action.text);
    case 'erased':
      return eraseText(state);
    case 'helpScrolled':
      return scrollHelp(state, action.by, action.max);
    case 'pickerMoved':
      return movePicker(state, action.by);
    case 'searched':
      return submitSearch(state, action.query);
    case 'matchJumped':
      return jumpToMatch(state, action.by);
    case 'searchCleared':
      return state.search === null ? state : { ...state, search: null };
    case 'statsFieldCycled':
      return cycleStatsField(state, action.by, action.fields);
    case 'statsScrolled':
      return scrollStats(state, action.by, action.max);
    case 'statsSplits':
      return reduceStatsSplits(state, action.change);
    case 'judge':
      return reduceJudge(state, action.change);
    case 'curation':
      return reduceCuration(state, action.change);
    case 'pii':
      return reducePii(state, action.change);
    case 'dataset':
      return reduceDataset(state, action.change);
    default:
      return reduceExport(state, action);
  }
}
