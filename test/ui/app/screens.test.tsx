import { afterEach, describe, expect, it } from 'vitest';
import type { ExportChoices } from '../../../source/ui/effects/export-effect.js';
import { chatRecord, openWorkbench } from '../helpers/workbench.js';

type Workbench = Awaited<ReturnType<typeof openWorkbench>>;
let workbench: Workbench | undefined;

afterEach(async () => {
  await workbench?.close();
  workbench = undefined;
});

const RECORDS = [
  chatRecord('one', 'a', { category: 'billing' }),
  chatRecord('two', 'b', { category: 'billing' }),
  chatRecord('three', 'c', { category: 'shipping' }),
  chatRecord('four', 'd', { category: 'returns' }),
  chatRecord('five', 'e', { category: 'billing' }),
];

describe('the stats screen', () => {
  it('counts by status, then by a field the user picks, live as decisions come in', async () => {
    workbench = await openWorkbench({ records: RECORDS, viewport: { columns: 100, rows: 40 } });
    await workbench.press('accept');
    await workbench.press('showStats');
    let frame = workbench.frame();
    expect(frame).toContain('5 examples');
    expect(frame).toContain('20%');
    expect(frame).toMatch(/│ accepted +│ +1 │/);
    await workbench.press('nextField', 2);
    frame = workbench.frame();
    expect(frame).toContain('by category');
    expect(frame).toMatch(/│ billing +│ +3 │ +1 │/);
    expect(frame).toContain('Balance by category');
    expect(frame).toContain('Length (chars)');
    await workbench.press('showReview');
    await workbench.press('reject');
    await workbench.press('showStats');
    expect(workbench.frame()).toMatch(/│ billing +│ +3 │ +1 │ +1 │/);
  });
});

describe('the export screen', () => {
  it('walks format, split, seed, include and the split choices, shows the plan, writes, and says where', async () => {
    const calls: ExportChoices[] = [];
    workbench = await openWorkbench({
      records: RECORDS,
      viewport: { columns: 100, rows: 30 },
      exporter: async (_dataset, choices, onProgress) => {
        calls.push(choices);
        onProgress(3, 3);
        return {
          files: ['/out/train.jsonl', '/out/manifest.json'],
          counts: { train: 4, validation: 1 },
        };
      },
    });
    await workbench.press('showExport');
    expect(workbench.frame()).toContain('openai-chat');
    await workbench.key('down');
    await workbench.key('enter');
    await workbench.key('enter');
    expect(workbench.frame()).toContain('seed:');
    await workbench.press('promptErase', 2);
    await workbench.type('7');
    await workbench.press('promptConfirm');
    await workbench.key('down');
    for (let step = 0; step < 6; step++) await workbench.key('enter');
    await workbench.waitForFrame('Plan: train 4, validation 1, test 0');
    await workbench.key('enter');
    await workbench.waitForFrame('/out/train.jsonl');
    expect(calls).toEqual([
      expect.objectContaining({
        format: 'sharegpt',
        split: '80/10/10',
        seed: 7,
        include: 'all',
        stratify: '',
        group: '',
        balance: '',
        leakage: 'refuse',
        personal: 'refuse',
        force: false,
      }),
    ]);
    expect(workbench.frame()).toContain('/out/train.jsonl');
    await workbench.press('exportBack');
    expect(workbench.ui.getState().screen).toBe('review');
  });

  it('Esc steps back, and from the first step returns to review', async () => {
    workbench = await openWorkbench({ records: RECORDS });
    await workbench.press('showExport');
    await workbench.key('enter');
    expect(workbench.ui.getState().export.step).toBe('split');
    await workbench.press('exportBack');
    expect(workbench.ui.getState().export.step).toBe('format');
    await workbench.press('exportBack');
    expect(workbench.ui.getState().screen).toBe('review');
  });
});
