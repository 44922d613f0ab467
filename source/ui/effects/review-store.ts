import type { DatasetMeta } from '../../core/dataset-meta.js';
import type { DecisionPatch, DecisionState, HistoryEntry } from '../../core/decision.js';

/**
 * The part of the decision store the workbench uses. `DecisionStore` satisfies it; tests may pass
 * any object that keeps the same promises (sync writes durable on return, undo/redo return the
 * entry they applied).
 */
export interface ReviewStore {
  get(id: string): DecisionState;
  entries(): Iterable<[string, DecisionState]>;
  record(patches: ReadonlyArray<{ id: string; patch: DecisionPatch }>): HistoryEntry | undefined;
  undo(): HistoryEntry | undefined;
  redo(): HistoryEntry | undefined;
  readonly seed: number;
  /** The test set `--freeze-test` recorded: exports and their previews keep it in test. */
  readonly frozenTest?: { readonly ids: readonly string[] } | undefined;
  /** Dataset fields; `setMeta` is durable on return, an empty value removes a field. */
  readonly meta: DatasetMeta;
  setMeta(changes: DatasetMeta): void;
  close(): Promise<void>;
}
