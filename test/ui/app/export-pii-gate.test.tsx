import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { walkExportToPlan } from '../helpers/export-form.js';
import { chatRecord, openWorkbench } from '../helpers/workbench.js';

type Workbench = Awaited<ReturnType<typeof openWorkbench>>;
let workbench: Workbench | undefined;

afterEach(async () => {
  await workbench?.close();
  workbench = undefined;
});

/** Ten different questions; two give an email address. */
const RECORDS = Array.from({ length: 10 }, (_, n) =>
  chatRecord(
    n % 5 === 0
      ? `Question ${n}: my address is user${n}@mail.test, why no reply?`
      : `Question ${n}?`,
    `Answer number ${n}.`,
  ),
);

/** Everything not rejected, default split choices, then `downs` on the personal-data step. */
async function exportWith(bench: Workbench, downs: number) {
  await walkExportToPlan(bench, { personal: downs });
  await bench.waitForFrame('Plan: train 8, validation 1, test 1');
  await bench.key('enter');
}

function written(bench: Workbench): string {
  const out = join(bench.dir, 'data-export');
  return ['train', 'validation', 'test']
    .map((split) => readFileSync(join(out, `${split}.jsonl`), 'utf8'))
    .join('');
}

describe('the export screen’s personal-data gate', () => {
  it('refuses by default while hits are unreviewed, saying how many and where to review', async () => {
    workbench = await openWorkbench({ records: RECORDS, realExport: true });
    await exportWith(workbench, 0);
    await workbench.waitForFrame('export failed');
    const frame = workbench.frame();
    expect(frame).toContain('2 unreviewed personal-data hits (email) in 2 examples');
    expect(frame).toContain('data.jsonl:1: ');
    expect(frame).toContain('review them on the PII screen (P), or choose redact');
  });

  it('writes once every hit is reviewed: redact replaces the value, keep leaves it', async () => {
    workbench = await openWorkbench({ records: RECORDS, realExport: true });
    await workbench.press('showPii');
    await workbench.waitForFrame('2 hits, 2 unreviewed');
    await workbench.press('piiRedact');
    await workbench.press('piiKeep');
    await exportWith(workbench, 0);
    await workbench.waitForFrame('export written');
    const text = written(workbench);
    expect(text).toContain('my address is <EMAIL>, why');
    expect(text).not.toContain('user0@mail.test');
    expect(text).toContain('user5@mail.test');
  });

  it.each([
    { choice: 'redact unreviewed hits', downs: 1, shown: '<EMAIL>', hidden: 'user0@mail.test' },
    { choice: 'let them through', downs: 2, shown: 'user0@mail.test', hidden: '<EMAIL>' },
  ])('with $choice, writes without review', async ({ downs, shown, hidden }) => {
    workbench = await openWorkbench({ records: RECORDS, realExport: true });
    await exportWith(workbench, downs);
    await workbench.waitForFrame('export written');
    expect(written(workbench)).toContain(shown);
    expect(written(workbench)).not.toContain(hidden);
  });
});

describe('a long refusal at 80x24', () => {
  it('keeps the choices below it readable', async () => {
    const records = Array.from({ length: 30 }, (_, n) =>
      chatRecord(`Question ${n}: reach me at person${n}@mail.test please.`, `Answer ${n}.`),
    );
    workbench = await openWorkbench({
      records,
      realExport: true,
      viewport: { columns: 80, rows: 24 },
    });
    await walkExportToPlan(workbench);
    await workbench.waitForFrame('Plan: train');
    await workbench.key('enter');
    await workbench.waitForFrame('export failed');
    const frame = workbench.frame();
    expect(frame).toContain('30 unreviewed personal-data hits (email) in 30 examples');
    expect(frame).toMatch(/… \d+ more lines: a taller terminal shows them/);
    expect(frame).toMatch(/▸ 1\. change the settings *\n/);
  });
});
