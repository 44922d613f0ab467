/** How the PII scan's results and the PII screen's keys change the state. */
import { windowTop } from './cursor.js';
import { duplicatesLayout } from './duplicates-layout.js';
import type { PiiAction, PiiState } from './pii-state.js';
import { nextUnreviewed } from './pii-view.js';
import type { UiState } from './ui-state.js';

function withPii(state: UiState, pii: Partial<PiiState>): UiState {
  return { ...state, pii: { ...state.pii, ...pii } };
}

function moveTo(state: UiState, cursor: number): UiState {
  const { hits } = state.pii;
  // The PII screen has the Duplicates screen's geometry: a title line over a list and a detail pane.
  const height = duplicatesLayout(state.viewport).listHeight;
  const clamped = Math.max(0, Math.min(cursor, hits.length - 1));
  const top = windowTop(state.pii.top, clamped, height, hits.length);
  return withPii(state, { cursor: clamped, top });
}

export function reducePii(state: UiState, action: PiiAction): UiState {
  const { pii } = state;
  switch (action.type) {
    case 'piiScanStarted':
      return withPii(state, {
        phase: action.total === 0 ? 'done' : 'running',
        done: 0,
        total: action.total,
        allow: action.allow,
        hits: [],
        cursor: 0,
        top: 0,
      });
    case 'piiScanned':
      return withPii(state, {
        hits: action.hits.length === 0 ? pii.hits : [...pii.hits, ...action.hits],
        done: action.done,
        phase: action.done >= pii.total ? 'done' : 'running',
      });
    case 'piiScanFailed':
      return withPii(state, { phase: 'failed', message: action.message });
    case 'piiMoved':
      return pii.hits.length === 0 ? state : moveTo(state, pii.cursor + action.by);
    case 'piiAdvanced': {
      const next = nextUnreviewed(state, pii.cursor);
      return next === undefined ? state : moveTo(state, next);
    }
    case 'piiFocused': {
      const at = pii.hits.findIndex((row) => row.id === action.id && row.key === action.key);
      return at < 0 ? state : moveTo(state, at);
    }
    case 'piiAllowChanged':
      return withPii(state, { allow: action.allow });
  }
}
