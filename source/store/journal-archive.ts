/**
 * The journal's archive, `archive.jsonl`: compaction appends the lines it is about to drop from
 * the journal, so the whole operation history (every undo and redo with who and when, and steps a
 * new record took off the redo stack) outlives the snapshot, which keeps only the current history.
 */
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { type JournalContents, readJournal } from './journal.js';

const ARCHIVE = 'archive.jsonl';

/** Bytes read at a time when looking back for the last whole line. */
const TAIL_CHUNK = 64 * 1024;

export function archiveFileOf(storePath: string): string {
  return join(storePath, ARCHIVE);
}

/**
 * Appends the first `bytes` of the journal to the archive, synced. A line torn by a crash during an
 * earlier append is cut off first. A crash after this but before the snapshot is written leaves
 * those lines in the journal, so the next compaction appends them again: readers skip repeats.
 */
export async function archiveJournal(
  storePath: string,
  journalFile: string,
  bytes: number,
): Promise<void> {
  if (bytes === 0) return;
  const source = await open(journalFile, 'r');
  const lines = Buffer.alloc(bytes);
  try {
    await source.read(lines, 0, bytes, 0);
  } finally {
    await source.close();
  }
  const archive = await open(archiveFileOf(storePath), 'a+');
  try {
    const whole = await wholeLinesLength(archive);
    if (whole !== (await archive.stat()).size) await archive.truncate(whole);
    await archive.write(lines, 0, bytes, whole);
    await archive.datasync();
  } finally {
    await archive.close();
  }
}

/** Bytes up to and including the last newline (0 when there is none). */
async function wholeLinesLength(file: Awaited<ReturnType<typeof open>>): Promise<number> {
  let end = (await file.stat()).size;
  const chunk = Buffer.alloc(TAIL_CHUNK);
  while (end > 0) {
    const start = Math.max(0, end - TAIL_CHUNK);
    const { bytesRead } = await file.read(chunk, 0, end - start, start);
    const newline = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
    if (newline >= 0) return start + newline + 1;
    end = start;
  }
  return 0;
}

/** The archived operations in order, each once; none for a store without an archive. */
export async function readArchive(storePath: string): Promise<JournalContents['lines']> {
  const { lines } = await readJournal(archiveFileOf(storePath));
  let last = 0;
  return lines.filter(({ op }) => {
    if (op.seq <= last) return false;
    last = op.seq;
    return true;
  });
}
