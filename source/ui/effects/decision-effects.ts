/**
 * Store writes, in one place: each runs synchronously (the store is durable when `record` returns)
 * and reports back to the UI as actions. Rows and screens never write.
 */
import type { DatasetMeta } from '../../core/dataset-meta.js';
import type {
  DecisionPatch,
  HistoryEntry,
  PreferenceJudgement,
  Status,
} from '../../core/decision.js';
import { messageOf } from '../../core/error-message.js';
import { currentIndex } from '../state/list-view.js';
import type { UiStore } from '../state/ui-store.js';
import { createKeepMemberEffect } from './cluster-effect.js';
import type { DatasetIndex } from './dataset-index.js';
import { createJudgementEffect } from './judgement-effect.js';
import type { ReviewStore } from './review-store.js';

/** What the review keys do to the store. */
export interface DecisionEffects {
  /** Sets the status of the example under the cursor, then moves to the next pending one. */
  decide(status: Status): void;
  toggleFlag(): void;
  setLabels(labels: readonly string[]): void;
  /** An empty note removes it. */
  setNote(note: string): void;
  undo(): void;
  redo(): void;
  /** Records a preference judgement for the example under the cursor, then the next pair. */
  judge(judgement: PreferenceJudgement): void;
  /** Keeps this member of the highlighted duplicate cluster and rejects the rest, as one undo step. */
  keepDuplicate(kept: string): void;
  /** Sets dataset fields (an empty value removes one) and shows the store's fields after. */
  setMeta(changes: DatasetMeta): void;
}

export function createDecisionEffects(
  store: ReviewStore,
  ui: UiStore,
  index: DatasetIndex,
  onReplayed: (entry: HistoryEntry, direction: 'undo' | 'redo') => void = () => {},
): DecisionEffects {
  /** Records a patch for the example under the cursor; failures show in the status bar. */
  const write = (patch: (index: number) => DecisionPatch, advance: boolean) => {
    const state = ui.getState();
    const at = currentIndex(state);
    const example = at === undefined ? undefined : state.examples[at];
    if (at === undefined || example === undefined) return;
    try {
      store.record([{ id: example.id, patch: patch(at) }]);
    } catch (error) {
      ui.dispatch({ type: 'saveFailed', message: messageOf(error) });
      return;
    }
    ui.dispatch({
      type: 'decisionsChanged',
      updates: [{ index: at, decision: store.get(example.id) }],
      ...(advance ? { advanceFrom: at } : {}),
    });
  };

  /** Undo and redo name ids; the cursor goes to the first one changed that is loaded. */
  const replay = (direction: 'undo' | 'redo', step: () => HistoryEntry | undefined) => {
    let entry: HistoryEntry | undefined;
    try {
      entry = step();
    } catch (error) {
      ui.dispatch({ type: 'saveFailed', message: messageOf(error) });
      return;
    }
    if (entry === undefined) {
      ui.dispatch({ type: 'notice', text: `nothing to ${direction}` });
      return;
    }
    onReplayed(entry, direction);
    const updates = entry.changes.flatMap(({ id }) => {
      const position = index.positionOf(id);
      return position === undefined ? [] : [{ index: position, decision: store.get(id) }];
    });
    const focus = updates[0]?.index;
    ui.dispatch({ type: 'decisionsChanged', updates, ...(focus === undefined ? {} : { focus }) });
  };

  return {
    decide: (status) => write(() => ({ status }), true),
    toggleFlag: () => write((at) => ({ flagged: !ui.getState().decisions.get(at).flagged }), false),
    setLabels: (labels) => write(() => ({ labels: [...labels] }), false),
    setNote: (note) => write(() => ({ note: note.trim() === '' ? null : note.trim() }), false),
    undo: () => replay('undo', () => store.undo()),
    redo: () => replay('redo', () => store.redo()),
    judge: createJudgementEffect(store, ui),
    keepDuplicate: createKeepMemberEffect(store, ui, index),
    setMeta: (changes) => {
      try {
        store.setMeta(changes);
      } catch (error) {
        ui.dispatch({ type: 'saveFailed', message: messageOf(error) });
        return;
      }
      ui.dispatch({ type: 'dataset', change: { type: 'datasetMetaKnown', meta: store.meta } });
    },
  };
}
