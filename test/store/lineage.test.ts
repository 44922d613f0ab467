import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type AuditEvent, auditTrail } from '../../source/store/audit-trail.js';
import { decisionLogHash, readStoreSnapshot } from '../../source/store/read-snapshot.js';
import { cleanUp, openStore, tempStorePath } from './helpers.js';

afterEach(cleanUp);

const reject = { status: 'rejected' as const };
const accept = { status: 'accepted' as const };

/** action, id, and whether the step stands undone, for comparing trails. */
const outline = (events: AuditEvent[]) =>
  events.map(({ action, changes, undone, reviewer }) =>
    [action, changes.map((c) => c.id).join(','), undone ?? '', reviewer ?? ''].join(' '),
  );

describe('dataset meta in the store', () => {
  it('survives a reopen, from the journal and from a snapshot', async () => {
    const path = tempStorePath();
    const store = await openStore({ path, compactEvery: 1_000 });
    store.setMeta({ license: 'mit', source: 'crm' });
    store.setMeta({ owner: 'data team', source: '' });
    expect((await readStoreSnapshot(path)).meta).toEqual({ license: 'mit', owner: 'data team' });
    await store.close();
    const reopened = await openStore({ path });
    reopened.setMeta({ intendedUse: 'support bot' });
    await reopened.close();
    const snapshot = JSON.parse(readFileSync(join(path, 'store.json'), 'utf8'));
    expect(snapshot.meta).toEqual({
      license: 'mit',
      owner: 'data team',
      intendedUse: 'support bot',
    });
  });

  it('reads a store written before meta existed unchanged', async () => {
    const path = tempStorePath();
    const store = await openStore({ path });
    store.record([{ id: 'a', patch: reject }]);
    await store.close();
    const file = join(path, 'store.json');
    const { meta: _meta, ...old } = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify(old));
    const snapshot = await readStoreSnapshot(path);
    expect(snapshot.meta).toBeUndefined();
    expect(snapshot.decisions.a?.status).toBe('rejected');
  });
});

describe('auditTrail', () => {
  it('shows undo and redo with who and when while they are in the journal', async () => {
    const path = tempStorePath();
    const store = await openStore({ path, reviewer: 'ana', compactEvery: 1_000 });
    store.record([{ id: 'a', patch: reject }]);
    store.record([{ id: 'b', patch: accept }]);
    store.undo();
    store.redo();
    store.undo();
    expect(outline(await auditTrail(path))).toEqual([
      'record a false ana',
      'record b true ana',
      'undo b  ana',
      'redo b  ana',
      'undo b  ana',
    ]);
    const undo = (await auditTrail(path))[2];
    expect(undo?.changes[0]).toMatchObject({ after: { status: 'accepted' } });
  });

  it('after compaction keeps every step, undo and redo, from the archive', async () => {
    const path = tempStorePath();
    const store = await openStore({ path, reviewer: 'bo' });
    store.record([{ id: 'a', patch: reject }]);
    store.record([{ id: 'b', patch: accept }]);
    store.record([{ id: 'c', patch: accept }]);
    store.undo();
    store.undo();
    await store.compact();
    store.redo();
    // A new step clears the redo stack: the snapshot forgets c, the archive does not.
    store.record([{ id: 'd', patch: reject }]);
    await store.close();
    expect(outline(await auditTrail(path))).toEqual([
      'record a false bo',
      'record b false bo',
      'record c true bo',
      'undo c  bo',
      'undo b  bo',
      'redo b  bo',
      'record d false bo',
    ]);
  });

  it('reads an archive with a torn last line and lines archived twice', async () => {
    const path = tempStorePath();
    const store = await openStore({ path, reviewer: 'bo' });
    store.record([{ id: 'a', patch: reject }]);
    store.undo();
    await store.close();
    const archive = join(path, 'archive.jsonl');
    const lines = readFileSync(archive, 'utf8');
    writeFileSync(archive, `${lines}${lines}{"seq":9,"op":"und`);
    expect(outline(await auditTrail(path))).toEqual(['record a true bo', 'undo a  bo']);
  });

  it('falls back to the snapshot for a store whose archive does not reach its first step', async () => {
    const path = tempStorePath();
    const store = await openStore({ path, reviewer: 'bo' });
    store.record([{ id: 'a', patch: reject }]);
    store.record([{ id: 'b', patch: accept }]);
    store.undo();
    await store.close();
    rmSync(join(path, 'archive.jsonl'));
    const reopened = await openStore({ path, reviewer: 'cy', compactEvery: 1_000 });
    reopened.redo();
    expect(outline(await auditTrail(path))).toEqual([
      'record a false bo',
      'record b false bo',
      'redo b  cy',
    ]);
    await reopened.close();
    expect(outline(await auditTrail(path))).toEqual(['record a false bo', 'record b false bo']);
  });
});

describe('decisionLogHash', () => {
  it('is stable for the same history and changes with any step', async () => {
    const path = tempStorePath();
    const store = await openStore({ path });
    store.record([{ id: 'a', patch: reject }]);
    const first = decisionLogHash(await readStoreSnapshot(path));
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(decisionLogHash(await readStoreSnapshot(path))).toBe(first);
    store.undo();
    const afterUndo = decisionLogHash(await readStoreSnapshot(path));
    expect(afterUndo).not.toBe(first);
    await store.close();
    expect(decisionLogHash(await readStoreSnapshot(path))).toBe(afterUndo);
  });
});
