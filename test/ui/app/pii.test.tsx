import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chatRecord, openWorkbench } from '../helpers/workbench.js';

type Workbench = Awaited<ReturnType<typeof openWorkbench>>;
let workbench: Workbench | undefined;

afterEach(async () => {
  await workbench?.close();
  workbench = undefined;
});

/** Example 0 holds two emails and a phone; 1 the support address again; 2 nothing personal. */
const RECORDS = [
  chatRecord(
    'Please write to jane.doe@mail.test or j.doe@mail.test, or call +44 20 7946 0958.',
    'Thanks, we will.',
  ),
  chatRecord('Is help@acme-support.test your address?', 'Yes: write to help@acme-support.test.'),
  chatRecord('What is the capital of France?', 'Paris.'),
];

async function openPii() {
  workbench = await openWorkbench({ records: RECORDS, viewport: { columns: 120, rows: 30 } });
  await workbench.press('showPii');
  await workbench.waitForFrame('5 hits, 5 unreviewed');
  return workbench;
}

/** The hit decisions the store holds for example `index`. */
function piiOf(bench: Workbench, index: number) {
  const id = bench.ui.getState().examples[index]!.id;
  return bench.store.get(id).pii ?? {};
}

function allowListOf(bench: Workbench): string[] {
  const file = join(`${bench.file}.winnow`, 'pii-settings.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')).allow;
  } catch {
    return [];
  }
}

describe('the PII screen', () => {
  it('lists hits masked and shows the highlighted one in its text, between brackets', async () => {
    const bench = await openPii();
    const frame = bench.frame();
    expect(frame).toContain('email 4, phone 1');
    expect(frame).toMatch(/▸· email +\*{4}\.\*{3}@\*{4}\.test/);
    expect(frame).toContain('[jane.doe@mail.test]');
    expect(frame).toContain('messages[0].content');
    expect(frame).toContain('decision: unreviewed');
  });

  it('redacts or keeps the highlighted hit, moving on to the next unreviewed one', async () => {
    const bench = await openPii();
    await bench.press('piiRedact');
    expect(Object.values(piiOf(bench, 0))).toEqual(['redact']);
    expect(bench.frame()).toContain('[j.doe@mail.test]');
    await bench.press('piiKeep');
    expect(Object.values(piiOf(bench, 0)).sort()).toEqual(['keep', 'redact']);
    expect(bench.frame()).toContain('3 unreviewed');
    expect(bench.frame()).toContain('[+44 20');
    await bench.press('piiUndo');
    expect(Object.values(piiOf(bench, 0))).toEqual(['redact']);
    expect(bench.frame()).toContain('[j.doe@mail.test]');
    await bench.press('piiRedo');
    expect(Object.values(piiOf(bench, 0)).sort()).toEqual(['keep', 'redact']);
  });

  it('redacts every hit of the type in the example as one undo step', async () => {
    const bench = await openPii();
    await bench.press('piiRedactType');
    expect(Object.values(piiOf(bench, 0))).toEqual(['redact', 'redact']);
    expect(piiOf(bench, 1)).toEqual({});
    expect(bench.frame()).toContain('redact: 2 email hits in this example');
    await bench.press('piiUndo');
    expect(piiOf(bench, 0)).toEqual({});
  });

  it('allow-lists a value everywhere, and one undo takes it off the allow-list', async () => {
    const bench = await openPii();
    await bench.press('piiDown', 3);
    expect(bench.frame()).toContain('[help@acme-support.test]');
    await bench.press('piiAllow');
    await bench.waitForFrame('3 unreviewed');
    expect(bench.frame().match(/○ email/g)).toHaveLength(2);
    expect(bench.frame()).toContain('[jane.doe@mail.test]');
    expect(Object.values(piiOf(bench, 1))).toEqual(['keep', 'keep']);
    await expect.poll(() => allowListOf(bench)).toEqual(['help@acme-support.test']);
    await bench.press('piiDown', 3);
    expect(bench.frame()).toContain('allow-listed: not personal data');
    await bench.press('piiRedact');
    expect(bench.frame()).toContain('this value is allow-listed');
    await bench.press('piiUndo');
    expect(piiOf(bench, 1)).toEqual({});
    await bench.waitForFrame('5 unreviewed');
    await expect.poll(() => allowListOf(bench)).toEqual([]);
  });

  it('says when there is no personal data', async () => {
    workbench = await openWorkbench({ records: [RECORDS[2]!] });
    await workbench.press('showPii');
    await workbench.waitForFrame('no personal data found');
    expect(workbench.frame()).toContain('0 hits, 0 unreviewed');
  });
});
