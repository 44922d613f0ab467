/**
 * The PII screen's state: the personal-data hits found so far in the loaded examples, where the
 * cursor is among them, and the store's allow-list as this session knows it.
 */
import type { FieldPath, PiiHit } from '../../core/pii/index.js';
import type { JobProgress } from './curation-state.js';

/** One hit as the screen lists it: which example, which text, which span. */
export interface PiiHitRow {
  /** The example's dataset position and id. */
  position: number;
  id: string;
  path: FieldPath;
  /** The hit's key in the example's decision (`messages.1.content@14-31:email`). */
  key: string;
  hit: PiiHit;
}

export interface PiiState extends JobProgress {
  hits: readonly PiiHitRow[];
  /** The highlighted hit, and the first hit the list shows. */
  cursor: number;
  top: number;
  /** The store's allow-list entries, including those added in this session. */
  allow: readonly string[];
}

export const INITIAL_PII: PiiState = {
  phase: 'idle',
  done: 0,
  total: 0,
  hits: [],
  cursor: 0,
  top: 0,
  allow: [],
};

/** What the scan and the PII screen's keys report (as `{ type: 'pii' }`). */
export type PiiAction =
  | { type: 'piiScanStarted'; total: number; allow: readonly string[] }
  | { type: 'piiScanned'; hits: readonly PiiHitRow[]; done: number }
  | { type: 'piiScanFailed'; message: string }
  | { type: 'piiMoved'; by: number }
  /** After a decision: the cursor goes to the next hit still to review, if any. */
  | { type: 'piiAdvanced' }
  /** After an undo or redo: the cursor goes to the hit it changed. */
  | { type: 'piiFocused'; id: string; key: string }
  | { type: 'piiAllowChanged'; allow: readonly string[] };
