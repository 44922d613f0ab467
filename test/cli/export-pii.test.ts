import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ExportFlags, runExportCommand } from '../../source/cli/export.js';
import { runPii } from '../../source/cli/pii.js';
import { loadDataset } from '../../source/io/load-dataset.js';
import { DecisionStore, storePathFor } from '../../source/store/store.js';
import { collectIo, tempDir } from './cli-helpers.js';
import { piiDataset } from './pii-fixtures.js';

const defaults: ExportFlags = { split: '100/0/0', seed: 1, include: 'all' };

async function exportTo(file: string, flags: Partial<ExportFlags> = {}) {
  const out = join(tempDir(), 'out');
  const io = collectIo();
  const code = await runExportCommand(file, { ...defaults, out, ...flags }, io);
  const read = (name: string) => readFileSync(join(out, name), 'utf8');
  return { code, io, read };
}

const userTexts = (train: string) =>
  train
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line).messages[0].content as string);

describe('winnow export with personal data', () => {
  it('refuses unreviewed hits, saying how many and where', async () => {
    const file = piiDataset();
    const { code, io } = await exportTo(file);
    expect(code).toBe(1);
    expect(io.stderr()).toContain(
      '3 unreviewed personal-data hits (credit_card, email) in 3 examples',
    );
    expect(io.stderr()).toMatch(/pii\.jsonl:1: \S+ messages\[0\]\.content: email \(1\)/);
    expect(io.stderr()).toContain('--redact or --allow-pii');
  });

  it('lets hits under --pii-threshold through', async () => {
    const { code, io } = await exportTo(piiDataset(), { piiThreshold: 0.9 });
    expect(code).toBe(1);
    expect(io.stderr()).toContain('2 unreviewed personal-data hits');
  });

  it('--redact replaces unreviewed hits and counts them by type in the manifest', async () => {
    const file = piiDataset();
    const before = readFileSync(file, 'utf8');
    const { code, read } = await exportTo(file, { redact: true });
    expect(code).toBe(0);
    const texts = userTexts(read('train.jsonl'));
    expect(texts).toContain('Please email me at <EMAIL> about my order.');
    expect(texts).toContain('My card <CREDIT_CARD> was charged twice.');
    expect(JSON.parse(read('manifest.json')).pii).toEqual({
      unreviewed: 'redact',
      threshold: 0.6,
      operator: 'replace',
      allowListEntries: 0,
      redactedByType: { credit_card: 1, email: 2 },
      kept: 0,
      allowedUnreviewed: 0,
    });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('--allow-pii writes hits as they are and the manifest counts them', async () => {
    const { code, read } = await exportTo(piiDataset(), { allowPii: true });
    expect(code).toBe(0);
    expect(read('train.jsonl')).toContain('jane.doe@gmail.com');
    expect(JSON.parse(read('manifest.json')).pii).toMatchObject({
      unreviewed: 'allow',
      allowedUnreviewed: 3,
      redactedByType: {},
    });
  });

  it('applies reviewed decisions: redact with the operator, keep as is', async () => {
    const file = piiDataset();
    const io = collectIo();
    await runPii(file, { json: true }, io);
    const hits = JSON.parse(io.stdout()).hits as { id: string; key: string; type: string }[];
    const store = await DecisionStore.open({ path: storePathFor(file), sync: false });
    store.record(
      hits.map((hit) => ({
        id: hit.id,
        patch: { pii: { [hit.key]: hit.type === 'email' ? 'keep' : 'redact' } },
      })),
    );
    await store.close();
    const { code, read } = await exportTo(file, { redactOperator: 'mask' });
    expect(code).toBe(0);
    const texts = userTexts(read('train.jsonl'));
    expect(texts).toContain('My card **** **** **** 1111 was charged twice.');
    expect(texts).toContain('Is jane.doe@gmail.com on file?');
    expect(JSON.parse(read('manifest.json')).pii).toMatchObject({
      kept: 2,
      redactedByType: { credit_card: 1 },
    });
  });

  it.each([
    { flags: { maskKeep: 2 }, shown: 'My card **** **** **** **11 was charged twice.' },
    {
      flags: { maskKeep: 0, maskChar: '#' },
      shown: 'My card #### #### #### #### was charged twice.',
    },
  ])('masks as configured: $flags', async ({ flags, shown }) => {
    const file = piiDataset();
    const { code, read } = await exportTo(file, { redact: true, redactOperator: 'mask', ...flags });
    expect(code).toBe(0);
    expect(userTexts(read('train.jsonl'))).toContain(shown);
    expect(JSON.parse(read('manifest.json')).pii.mask).toEqual(
      Object.fromEntries(
        Object.entries({ keep: flags.maskKeep, char: flags.maskChar }).filter(
          ([, v]) => v !== undefined,
        ),
      ),
    );
  });

  it.each([
    [{ maskKeep: 2 }, '--mask-keep and --mask-char go with --redact-operator mask'],
    [{ redactOperator: 'mask', maskKeep: -1 }, '--mask-keep must be a whole number'],
    [{ redactOperator: 'mask', maskChar: '##' }, '--mask-char must be one character'],
  ] as const)('refuses mask settings that make no sense: %j', async (flags, message) => {
    const { code, io } = await exportTo(piiDataset(), { redact: true, ...flags });
    expect(code).not.toBe(0);
    expect(io.stderr()).toContain(message);
  });

  it('an allow-listed value does not stop the export', async () => {
    const file = piiDataset();
    await runPii(file, { allow: ['jane.doe@gmail.com', '4111111111111111'] }, collectIo());
    const { code, read } = await exportTo(file);
    expect(code).toBe(0);
    expect(JSON.parse(read('manifest.json')).pii).toMatchObject({ allowListEntries: 2 });
  });

  it('the salted hash gives one token per value across examples, stable across exports', async () => {
    const file = piiDataset();
    const first = await exportTo(file, { redact: true, redactOperator: 'hash' });
    const second = await exportTo(file, { redact: true, redactOperator: 'hash' });
    const tokens = userTexts(first.read('train.jsonl'))
      .join(' ')
      .match(/<EMAIL_[0-9a-f]{8}>/g);
    expect(tokens).toHaveLength(2);
    expect(new Set(tokens).size).toBe(1);
    expect(second.read('train.jsonl')).toBe(first.read('train.jsonl'));
    const other = piiDataset();
    const elsewhere = await exportTo(other, { redact: true, redactOperator: 'hash' });
    expect(elsewhere.read('train.jsonl')).not.toContain(tokens?.[0]);
  });

  it('rejected examples do not stop an export that leaves them out', async () => {
    const file = piiDataset();
    const { examples } = await loadDataset(file);
    const store = await DecisionStore.open({ path: storePathFor(file), sync: false });
    store.record(
      examples.map((example, index) => ({
        id: example.id,
        patch: { status: index === 3 ? 'accepted' : 'rejected' },
      })),
    );
    await store.close();
    const { code } = await exportTo(file, { include: 'accepted' });
    expect(code).toBe(0);
  });
});
