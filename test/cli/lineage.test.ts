import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDecide } from '../../source/cli/decide.js';
import { type ExportFlags, runExportCommand } from '../../source/cli/export.js';
import { runLog } from '../../source/cli/log.js';
import { runMeta } from '../../source/cli/meta.js';
import { runVerify } from '../../source/cli/verify.js';
import { loadDataset } from '../../source/io/load-dataset.js';
import { DecisionStore } from '../../source/store/store.js';
import { parseFrontMatter } from '../fixtures/lineage/front-matter.js';
import { chatRecords, collectIo, jsonl, tempDir, writeTemp } from './cli-helpers.js';

const defaults: ExportFlags = { split: '80/10/10', seed: 42, include: 'all' };

async function exported(flags: Partial<ExportFlags> = {}) {
  const file = writeTemp('data.jsonl', jsonl(chatRecords(30)));
  const { examples } = await loadDataset(file);
  const ids = examples.map((e) => e.id);
  await runDecide(file, ids.slice(0, 2), { reject: true, reviewer: 'ana' }, collectIo());
  await runDecide(
    file,
    ids.slice(2, 3),
    { reject: true, reason: 'duplicate of x', reviewer: 'bo' },
    collectIo(),
  );
  const out = join(tempDir(), 'out');
  const io = collectIo();
  const code = await runExportCommand(file, { ...defaults, out, ...flags }, io);
  expect(code).toBe(0);
  return { file, out, io, manifest: JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) };
}

async function verify(dir: string) {
  const io = collectIo();
  const code = await runVerify(dir, {}, io);
  return { code, text: io.stdout(), err: io.stderr() };
}

describe('export lineage', () => {
  it('records the decision log hash, removals by reason and reviewers, and lists the card', async () => {
    const { out, manifest } = await exported();
    expect(manifest.store.decisionLogHash).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.curation).toEqual({
      removed: { duplicate: 1, 'rejected by a person': 2 },
      reviewers: ['ana', 'bo'],
      decided: 3,
      kinds: { chat: 30 },
    });
    expect(manifest.tool.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(manifest.files)).toEqual([
      'train.jsonl',
      'validation.jsonl',
      'test.jsonl',
      'README.md',
    ]);
    expect(manifest.files['README.md'].sha256).toMatch(/^[0-9a-f]{64}$/);
    const card = readFileSync(join(out, 'README.md'), 'utf8');
    expect(parseFrontMatter(card).configs).toBeDefined();
  });

  it("writes a card whose numbers are the manifest's", async () => {
    const { out, manifest } = await exported({ stratify: 'category' });
    const card = readFileSync(join(out, 'README.md'), 'utf8');
    const { train, validation, test } = manifest.counts.written;
    expect(card).toContain(`(train ${train}, validation ${validation}, test ${test})`);
    expect(card).toContain(`from ${manifest.counts.considered} examples read`);
    expect(card).toContain(`- rejected: ${manifest.counts.excluded.rejected}`);
    for (const { stratum, count, actual } of manifest.split.report.strata) {
      expect(card).toContain(
        `| ${stratum} | ${count} | ${actual.train} | ${actual.validation} | ${actual.test} |`,
      );
    }
    expect(parseFrontMatter(card).size_categories).toEqual(['n<1K']);
  });

  it('warns, without failing, when the licence or source is missing, and not once they are set', async () => {
    const { file, io } = await exported();
    expect(io.stderr()).toMatch(/warning: the dataset's license and source are not set/);
    await runMeta(file, { license: 'mit', source: 'crm' }, collectIo());
    const again = collectIo();
    const code = await runExportCommand(file, { ...defaults, out: join(tempDir(), 'o') }, again);
    expect(code).toBe(0);
    expect(again.stderr()).toBe('');
  });
});

describe('winnow verify', () => {
  it('passes an untouched export', async () => {
    const { out } = await exported();
    const { code, text } = await verify(out);
    expect(code).toBe(0);
    expect(text).toContain('all 4 files match the manifest');
  });

  it('catches one changed byte', async () => {
    const { out } = await exported();
    const path = join(out, 'train.jsonl');
    const bytes = readFileSync(path);
    bytes[10] = bytes[10] === 0x61 ? 0x62 : 0x61;
    writeFileSync(path, bytes);
    const { code, text } = await verify(out);
    expect(code).toBe(1);
    expect(text).toMatch(/CHANGED {3}train\.jsonl: sha256 [0-9a-f]{64} → [0-9a-f]{64}$/m);
    expect(text).toContain('1 of 4 files differ');
  });

  it.each(['README.md', 'test.jsonl'])('catches a missing %s', async (name) => {
    const { out } = await exported();
    rmSync(join(out, name));
    const { code, text } = await verify(out);
    expect(code).toBe(1);
    expect(text).toContain(`MISSING   ${name}`);
  });

  it('says clearly when the directory holds no manifest', async () => {
    const { code, err } = await verify(tempDir());
    expect(code).toBe(1);
    expect(err).toMatch(/manifest\.json: no manifest here/);
  });
});

describe('winnow log', () => {
  it('prints who changed what and when, oldest first, undo and redo kept after compaction', async () => {
    const file = writeTemp('data.jsonl', jsonl(chatRecords(3)));
    const [first] = (await loadDataset(file)).examples.map((e) => e.id);
    await runDecide(file, [first ?? ''], { accept: true, reviewer: 'ana' }, collectIo());
    const store = await DecisionStore.open({
      path: `${file}.winnow`,
      reviewer: 'bo',
      compactEvery: 1_000,
    });
    store.undo();
    store.redo();
    await store.close();
    const io = collectIo();
    expect(await runLog(file, {}, io)).toBe(0);
    const lines = io.stdout().split('\n');
    const short = (first ?? '').slice(0, 8);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`ana {2}record {2}${short} {2}status pending → accepted$`));
    expect(lines[1]).toMatch(new RegExp(`bo {2}undo {2}${short} `));
    expect(lines[2]).toMatch(new RegExp(`bo {2}redo {2}${short} `));
    const json = collectIo();
    await runLog(file, { json: true, id: short }, json);
    expect(JSON.parse(json.stdout()).events.map((e: { action: string }) => e.action)).toEqual([
      'record',
      'undo',
      'redo',
    ]);
  });

  it('shows undo and redo events from the journal', async () => {
    const file = writeTemp('data.jsonl', jsonl(chatRecords(3)));
    const [first] = (await loadDataset(file)).examples.map((e) => e.id);
    const store = await DecisionStore.open({
      path: `${file}.winnow`,
      reviewer: 'bo',
      compactEvery: 1_000,
      sync: false,
    });
    store.record([{ id: first ?? '', patch: { status: 'rejected' } }]);
    store.undo();
    store.redo();
    const io = collectIo();
    expect(await runLog(file, {}, io)).toBe(0);
    await store.close();
    const actions = io
      .stdout()
      .split('\n')
      .map((line) => line.split('  ').slice(1, 4).join(' '));
    expect(actions).toEqual([
      `bo record ${first?.slice(0, 8)}`,
      `bo undo ${first?.slice(0, 8)}`,
      `bo redo ${first?.slice(0, 8)}`,
    ]);
    expect(io.stdout()).toContain('undo');
    expect(io.stdout().split('\n')[1]).toMatch(/status rejected → pending$/);
  });
});

describe('winnow meta', () => {
  it('sets fields durably and prints them after a reopen', async () => {
    const file = writeTemp('data.jsonl', jsonl(chatRecords(2)));
    await runMeta(
      file,
      { license: 'cc-by-4.0', source: 'help desk', intendedUse: 'support bot' },
      collectIo(),
    );
    await runMeta(file, { source: '' }, collectIo());
    const io = collectIo();
    expect(await runMeta(file, {}, io)).toBe(0);
    expect(io.stdout()).toContain('license:      cc-by-4.0');
    expect(io.stdout()).toContain('source:       (not set)');
    expect(io.stdout()).toContain('intended-use: support bot');
    const json = collectIo();
    await runMeta(file, { json: true }, json);
    expect(JSON.parse(json.stdout()).meta).toEqual({
      license: 'cc-by-4.0',
      intendedUse: 'support bot',
    });
  });
});
