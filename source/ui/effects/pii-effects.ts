/**
 * What the PII screen's keys write: a decision per hit, every hit of a type in one example, or an
 * allow-listed value. Each is one store record, so one undo takes it back; an allow-listing's undo
 * also takes the value off the store's allow-list.
 */
import type { DecisionPatch, HistoryEntry, PiiDecision } from '../../core/decision.js';
import { messageOf } from '../../core/error-message.js';
import type { PiiHitRow } from '../state/pii-state.js';
import { allowListOf, highlightedHit, hitStatus } from '../state/pii-view.js';
import type { UiStore } from '../state/ui-store.js';
import type { AllowListFile } from './allow-list-file.js';
import type { DatasetIndex } from './dataset-index.js';
import type { ReviewStore } from './review-store.js';

export interface PiiEffects {
  /** Records `redact` or `keep` for the highlighted hit, then goes to the next unreviewed one. */
  decideHit(decision: PiiDecision): void;
  /** Records `redact` for every hit of the highlighted hit's type in its example. */
  redactType(): void;
  /** Adds the highlighted hit's value to the allow-list and keeps every hit of it, as one step. */
  allowValue(): void;
  /** Told of every undo and redo, so an allow-listing's can change the allow-list too. */
  replayed(entry: HistoryEntry, direction: 'undo' | 'redo'): void;
  /** Resolves once every allow-list change made so far is on disk: quitting waits for it. */
  settled(): Promise<void>;
}

/** One patch per example, naming each of its hits. */
function patchesFor(rows: readonly PiiHitRow[], decision: PiiDecision) {
  const byId = new Map<string, Record<string, PiiDecision>>();
  for (const row of rows) {
    const pii = byId.get(row.id) ?? {};
    pii[row.key] = decision;
    byId.set(row.id, pii);
  }
  return [...byId].map(([id, pii]): { id: string; patch: DecisionPatch } => ({
    id,
    patch: { pii },
  }));
}

function sameEntry(a: HistoryEntry, b: HistoryEntry): boolean {
  return a.at === b.at && JSON.stringify(a.changes) === JSON.stringify(b.changes);
}

export function createPiiEffects(
  store: ReviewStore,
  ui: UiStore,
  index: DatasetIndex,
  allowListFile: AllowListFile,
): PiiEffects {
  let writes: Promise<void> = Promise.resolve();
  /** History entries that allow-listed a value in this session. */
  const allowings: { entry: HistoryEntry; value: string }[] = [];

  const record = (rows: readonly PiiHitRow[], decision: PiiDecision) => {
    let entry: HistoryEntry | undefined;
    try {
      entry = store.record(patchesFor(rows, decision));
    } catch (error) {
      ui.dispatch({ type: 'saveFailed', message: messageOf(error) });
      return undefined;
    }
    const ids = new Set(rows.map((row) => row.id));
    const updates = [...ids].flatMap((id) => {
      const position = index.positionOf(id);
      return position === undefined ? [] : [{ index: position, decision: store.get(id) }];
    });
    ui.dispatch({ type: 'decisionsChanged', updates });
    return entry;
  };

  /** The highlighted hit, unless it is allow-listed (a decision on it would change nothing). */
  const reviewable = (): PiiHitRow | undefined => {
    const state = ui.getState();
    const row = highlightedHit(state);
    if (row === undefined) return undefined;
    if (hitStatus(row, state.decisions, state.pii.allow) === 'allowed') {
      ui.dispatch({
        type: 'notice',
        text: 'this value is allow-listed; u undoes the allow-listing',
      });
      return undefined;
    }
    return row;
  };

  const changeAllowList = (value: string, add: boolean) => {
    const { allow } = ui.getState().pii;
    const next = add ? [...allow, value] : allow.filter((entry) => entry !== value);
    ui.dispatch({ type: 'pii', change: { type: 'piiAllowChanged', allow: next } });
    // One write at a time, in order: an undo right after an allow-listing removes what it added.
    writes = writes
      .then(() => (add ? allowListFile.add(value) : allowListFile.remove(value)))
      .catch((error: unknown) =>
        ui.dispatch({ type: 'saveFailed', message: `allow-list: ${messageOf(error)}` }),
      );
  };

  const advance = () => ui.dispatch({ type: 'pii', change: { type: 'piiAdvanced' } });

  return {
    decideHit(decision) {
      const row = reviewable();
      if (row !== undefined && record([row], decision) !== undefined) advance();
    },
    redactType() {
      const row = reviewable();
      if (row === undefined) return;
      const state = ui.getState();
      const rows = state.pii.hits.filter(
        (other) =>
          other.id === row.id &&
          other.hit.type === row.hit.type &&
          hitStatus(other, state.decisions, state.pii.allow) !== 'allowed',
      );
      if (record(rows, 'redact') === undefined) return;
      ui.dispatch({
        type: 'notice',
        text: `redact: ${rows.length} ${row.hit.type} hits in this example`,
      });
      advance();
    },
    allowValue() {
      const row = reviewable();
      if (row === undefined) return;
      const state = ui.getState();
      const value = row.hit.value;
      const matches = allowListOf([value]);
      const rows = state.pii.hits.filter((other) => matches.allows(other.hit));
      const entry = record(rows, 'keep');
      if (entry === undefined) return;
      allowings.push({ entry, value });
      changeAllowList(value, true);
      advance();
    },
    replayed(entry, direction) {
      const allowing = allowings.find((one) => sameEntry(one.entry, entry));
      if (allowing !== undefined) changeAllowList(allowing.value, direction === 'redo');
      const change = entry.changes.find((one) => one.after.pii !== undefined);
      const key = Object.keys(change?.after.pii ?? {})[0];
      if (change !== undefined && key !== undefined) {
        ui.dispatch({ type: 'pii', change: { type: 'piiFocused', id: change.id, key } });
      }
    },
    settled: () => writes,
  };
}
