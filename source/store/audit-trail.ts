import { join } from 'node:path';
import type { Change, HistoryEntry } from '../core/decision.js';
import { readJournal } from './journal.js';
import { readArchive } from './journal-archive.js';
import { readSnapshotFile } from './read-snapshot.js';
import { StoreError } from './store-error.js';

/** One step of the decision history as `winnow log` prints it. */
export interface AuditEvent {
  action: 'record' | 'undo' | 'redo';
  /** When it happened; for an undo or redo, when that was done, not when the step was recorded. */
  at: string;
  reviewer?: string;
  changes: Change[];
  /** For a recorded step: whether it stands undone now (so a redo could bring it back). */
  undone?: boolean;
}

/**
 * The decision history, oldest first, every undo and redo listed with its time and reviewer, from
 * the archive of compacted journal lines and the journal. A store whose archive does not reach
 * back to its first operation (made before there was one) starts from its snapshot, which keeps
 * only which steps stand undone: those older steps show as recorded steps marked undone.
 */
export async function auditTrail(path: string): Promise<AuditEvent[]> {
  try {
    const snapshot = await readSnapshotFile(path);
    const archived = await readArchive(path);
    const fromArchive = archived[0]?.op.seq === 1;
    const start = fromArchive ? { seq: 0, history: { done: [], undone: [] } } : snapshot;
    const events: AuditEvent[] = [];
    const recordOf = (entry: HistoryEntry, undone: boolean): AuditEvent => {
      const event: AuditEvent = { action: 'record', at: entry.at, changes: entry.changes, undone };
      if (entry.reviewer !== undefined) event.reviewer = entry.reviewer;
      events.push(event);
      return event;
    };
    // Anything recorded clears the redo stack, so steps undone were recorded after the ones done.
    const done = start.history.done.map((entry) => recordOf(entry, false));
    const undone = [...start.history.undone].reverse().map((entry) => recordOf(entry, true));
    undone.reverse();
    const journal = await readJournal(join(path, 'journal.jsonl'));
    let seen = start.seq;
    for (const { op } of [...(fromArchive ? archived : []), ...journal.lines]) {
      if (op.seq <= seen) continue;
      seen = op.seq;
      if (op.op === 'record') {
        done.push(recordOf(op.entry, false));
        undone.length = 0;
      } else if (op.op === 'undo' || op.op === 'redo') {
        const step = (op.op === 'undo' ? done : undone).pop();
        if (step === undefined) continue;
        step.undone = op.op === 'undo';
        (op.op === 'undo' ? undone : done).push(step);
        const event: AuditEvent = { action: op.op, at: op.at, changes: step.changes };
        if (op.reviewer !== undefined) event.reviewer = op.reviewer;
        events.push(event);
      }
    }
    return events;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`Cannot read the store ${path}: ${(error as Error).message}`);
  }
}
