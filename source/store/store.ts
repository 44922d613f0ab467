/**
 * The durable decision store: the only place Winnow writes review decisions.
 *
 * Layout: a store is a directory, `<data file>.winnow/` unless `--store PATH` names another.
 *   store.json     lowdb snapshot: schemaVersion, seq, seed, fingerprint, imports, frozenTest,
 *                  meta, decisions { id: state } (non-default only), history { done, undone }
 *   journal.jsonl  write-ahead log: one JSON line per operation (record, undo, redo, import,
 *                  freeze-test, meta), each with a sequence number, synced before it returns
 *   archive.jsonl  every journal line compaction dropped, so `winnow log` keeps the whole history
 *   lock           pid of the Winnow that has the store open
 * Opening loads the snapshot and replays journal lines newer than its `seq`. Compaction writes a
 * new snapshot and empties the journal; it runs in the background every `compactEvery` lines and on
 * close, never on the keypress path.
 */
import { randomInt } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { DatasetMeta } from '../core/dataset-meta.js';
import type { DecisionPatch, DecisionState, HistoryEntry } from '../core/decision.js';
import { Journal, readJournal } from './journal.js';
import { archiveJournal } from './journal-archive.js';
import { acquireLock, releaseLock } from './lock.js';
import { emptySnapshot } from './read-snapshot.js';
import { ReviewState, type Stamp } from './review-state.js';
import {
  datasetMetaSchema,
  decisionPatchSchema,
  describeIssues,
  type Fingerprint,
  frozenTestSchema,
  type ImportEntry,
  importEntrySchema,
  type JournalOp,
  type Snapshot,
} from './schema.js';
import { SnapshotFile } from './snapshot-file.js';
import { asStoreError, StoreError } from './store-error.js';
import type { StoreOptions } from './store-options.js';

export type { Fingerprint, FrozenTest, ImportEntry } from './schema.js';
export { StoreError } from './store-error.js';
export { type StoreOptions, storePathFor } from './store-options.js';

function newSnapshot(): Snapshot {
  return { ...emptySnapshot(), seed: randomInt(2 ** 32) };
}

/** Review decisions keyed by example id, with unlimited undo/redo, durable across crashes. */
export class DecisionStore {
  private compaction: Promise<void> = Promise.resolve();
  private compactionsInFlight = 0;
  private compactionScheduled = false;
  /** Journal length that triggers the next background compaction; pushed back after a failure. */
  private compactAtLines: number;
  private closing: Promise<void> | undefined;

  private constructor(
    readonly path: string,
    private readonly state: ReviewState,
    private readonly journal: Journal,
    private readonly db: Low<Snapshot>,
    private readonly lockFile: string,
    private readonly options: StoreOptions,
  ) {
    this.compactAtLines = options.compactEvery ?? 10_000;
  }

  /** Opens (creating on first use) and locks the store at `options.path`. */
  static async open(options: StoreOptions): Promise<DecisionStore> {
    const { path } = options;
    try {
      await mkdir(path, { recursive: true });
    } catch (error) {
      throw asStoreError(error, `Cannot create the store ${path}`);
    }
    const lockFile = join(path, 'lock');
    acquireLock(lockFile, path);
    try {
      const fresh = newSnapshot();
      const snapshotFile = new SnapshotFile(join(path, 'store.json'), options.migrations);
      const db = new Low<Snapshot>(snapshotFile, fresh);
      await db.read();
      const state = ReviewState.fromSnapshot(db.data);
      const journalFile = join(path, 'journal.jsonl');
      const contents = await readJournal(journalFile);
      for (const { op, line } of contents.lines) {
        if (op.seq <= state.seq) continue;
        try {
          state.apply(op);
        } catch (error) {
          throw asStoreError(error, `${journalFile}, line ${line}`);
        }
      }
      const journal = new Journal(journalFile, contents, options.sync ?? true);
      const store = new DecisionStore(path, state, journal, db, lockFile, options);
      if (db.data === fresh || snapshotFile.migrated) await store.runCompaction(true);
      return store;
    } catch (error) {
      releaseLock(lockFile);
      throw asStoreError(error, `Cannot open the store ${path}`);
    }
  }

  /** The decision for `id`; PENDING when none was made. */
  get(id: string): DecisionState {
    return this.state.get(id);
  }

  /** Every example with a non-default decision. */
  entries(): IterableIterator<[string, DecisionState]> {
    return this.state.decisions.entries();
  }

  /**
   * One undoable step; durable when it returns. No-op patches are dropped; returns undefined if
   * nothing changed. Clears redo.
   */
  record(patches: ReadonlyArray<{ id: string; patch: DecisionPatch }>): HistoryEntry | undefined {
    this.assertOpen();
    for (const { id, patch } of patches) {
      const checked = decisionPatchSchema.safeParse(patch);
      if (!checked.success) {
        throw new StoreError(`Invalid decision for ${id}: ${describeIssues(checked.error)}`);
      }
    }
    const entry = this.state.plan(patches, this.stamp());
    if (entry === undefined) return undefined;
    this.append({ seq: this.state.seq + 1, op: 'record', entry });
    return entry;
  }

  /** Undoes the last step; durable when it returns. Returns the entry undone. */
  undo(): HistoryEntry | undefined {
    this.assertOpen();
    if (!this.state.canUndo) return undefined;
    return this.append({ seq: this.state.seq + 1, op: 'undo', ...this.stamp() });
  }

  /** Redoes the last undone step; durable when it returns. Returns the entry redone. */
  redo(): HistoryEntry | undefined {
    this.assertOpen();
    if (!this.state.canRedo) return undefined;
    return this.append({ seq: this.state.seq + 1, op: 'redo', ...this.stamp() });
  }

  get canUndo(): boolean {
    return this.state.canUndo;
  }

  get canRedo(): boolean {
    return this.state.canRedo;
  }

  /** A random integer made when the store was created, for reproducible shuffles (A/B order). */
  get seed(): number {
    return this.state.seed;
  }

  /** The data file the store last imported. */
  get fingerprint(): Fingerprint | undefined {
    return this.state.fingerprint;
  }

  get imports(): readonly ImportEntry[] {
    return this.state.imports;
  }

  /** Logs an import and makes its file the store's fingerprint; durable when it returns. */
  recordImport(entry: ImportEntry): void {
    this.assertOpen();
    const checked = importEntrySchema.safeParse(entry);
    if (!checked.success) {
      throw new StoreError(`Invalid import entry: ${describeIssues(checked.error)}`);
    }
    this.append({ seq: this.state.seq + 1, op: 'import', entry: checked.data });
  }

  /** The dataset fields (`winnow meta`, the Dataset screen); empty when none is set. */
  get meta(): DatasetMeta {
    return this.state.meta ?? {};
  }

  /** The test split recorded by `--freeze-test`, if any. */
  get frozenTest(): Snapshot['frozenTest'] {
    return this.state.frozenTest;
  }

  /** Records `ids` (sorted, once each) as the frozen test set, replacing any; durable on return. */
  setFrozenTest(ids: Iterable<string>): void {
    this.assertOpen();
    const entry = { at: this.stamp().at, ids: [...new Set(ids)].sort() };
    const checked = frozenTestSchema.safeParse(entry);
    if (!checked.success) throw new StoreError(`Bad frozen test: ${describeIssues(checked.error)}`);
    this.append({ seq: this.state.seq + 1, op: 'freeze-test', entry: checked.data });
  }

  /** Sets dataset fields (licence, source...); an empty string removes one. Durable on return. */
  setMeta(changes: DatasetMeta): void {
    this.assertOpen();
    const checked = datasetMetaSchema.safeParse(changes);
    if (!checked.success)
      throw new StoreError(`Invalid dataset fields: ${describeIssues(checked.error)}`);
    this.append({ seq: this.state.seq + 1, op: 'meta', entry: { ...changes } });
  }

  /** Writes a snapshot and empties the journal. Operations made meanwhile stay in the journal. */
  compact(): Promise<void> {
    return this.closing ?? this.runCompaction(false);
  }

  /** Compacts and releases the lock; idempotent. The store refuses changes once closing starts. */
  close(): Promise<void> {
    this.closing ??= this.runCompaction(false).finally(() => {
      this.journal.close();
      releaseLock(this.lockFile);
    });
    return this.closing;
  }

  private stamp(): Stamp {
    const at = (this.options.now?.() ?? new Date()).toISOString();
    const { reviewer } = this.options;
    return reviewer === undefined ? { at } : { at, reviewer };
  }

  private assertOpen(): void {
    if (this.closing !== undefined) throw new StoreError(`The store ${this.path} is closed`);
  }

  private append(op: JournalOp): HistoryEntry | undefined {
    this.journal.append(op);
    const entry = this.state.apply(op);
    this.scheduleCompaction();
    return entry;
  }

  private scheduleCompaction(): void {
    if (this.compactionScheduled || this.journal.mark().lines < this.compactAtLines) return;
    this.compactionScheduled = true;
    setImmediate(() => {
      this.compactionScheduled = false;
      if (this.closing !== undefined) return;
      const every = this.options.compactEvery ?? 10_000;
      // A failed background compaction loses nothing (the journal keeps every line): it is retried
      // after another `every` lines, and close() reports the error if it persists.
      this.runCompaction(false).then(
        () => {
          this.compactAtLines = every;
        },
        () => {
          this.compactAtLines = this.journal.mark().lines + every;
        },
      );
    });
  }

  /**
   * Compactions run one at a time. An idle store starts one at once, so it snapshots the state as
   * of the call; otherwise it waits for the one in flight.
   */
  private runCompaction(force: boolean): Promise<void> {
    const run = async () => {
      try {
        await this.writeSnapshot(force);
      } finally {
        this.compactionsInFlight -= 1;
      }
    };
    this.compactionsInFlight += 1;
    this.compaction = this.compactionsInFlight === 1 ? run() : this.compaction.then(run, run);
    return this.compaction;
  }

  private async writeSnapshot(force: boolean): Promise<void> {
    const mark = this.journal.mark();
    if (mark.lines === 0 && !force) return;
    try {
      // The state as of the mark: operations made while the archive is written stay in the journal.
      const snapshot = this.state.toSnapshot();
      await archiveJournal(this.path, this.journal.file, mark.bytes);
      this.db.data = snapshot;
      await this.db.write();
      this.journal.dropThrough(mark);
    } catch (error) {
      throw asStoreError(error, `Cannot save the store ${this.path}`);
    }
  }
}
