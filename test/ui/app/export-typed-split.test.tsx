import { afterEach, describe, expect, it } from 'vitest';
import type { ExportChoices } from '../../../source/ui/effects/export-effect.js';
import { chatRecord, openWorkbench } from '../helpers/workbench.js';

type Workbench = Awaited<ReturnType<typeof openWorkbench>>;
let workbench: Workbench | undefined;

afterEach(async () => {
  await workbench?.close();
  workbench = undefined;
});

/** The split list's fixed choices come first; "other…" is the sixth. */
const OTHER_DOWNS = 5;

async function typeSplit(bench: Workbench, text: string) {
  await bench.press('showExport');
  await bench.key('enter');
  for (let n = 0; n < OTHER_DOWNS; n++) await bench.key('down');
  await bench.key('enter');
  await bench.type(text);
  await bench.press('promptConfirm');
}

/** Seed as it is, everything not rejected, then the split choices as they are. */
async function walkOnToPlan(bench: Workbench) {
  await bench.press('promptConfirm');
  await bench.key('down');
  await bench.key('enter');
  for (let n = 0; n < 5; n++) await bench.key('enter');
}

const records = Array.from({ length: 20 }, (_, i) => chatRecord(`question ${i}`, `answer ${i}`));

describe('the export screen’s typed split', () => {
  it('takes absolute validation and test sizes into the preview and the export', async () => {
    const calls: ExportChoices[] = [];
    workbench = await openWorkbench({
      records,
      viewport: { columns: 160, rows: 40 },
      exporter: async (_dataset, choices) => {
        calls.push(choices);
        return { files: ['/out/train.jsonl'], counts: { train: 16 } };
      },
    });
    await typeSplit(workbench, 'val=2,test=2');
    expect(workbench.frame()).toContain('Split    validation 2, test 2, train the rest');
    await walkOnToPlan(workbench);
    await workbench.waitForFrame('Plan: train 16, validation 2, test 2');
    await workbench.key('enter');
    await workbench.waitForFrame('/out/train.jsonl');
    expect(calls).toEqual([expect.objectContaining({ split: 'val=2,test=2' })]);
  });

  it('takes any ratios', async () => {
    workbench = await openWorkbench({ records, viewport: { columns: 160, rows: 40 } });
    await typeSplit(workbench, '50/25/25');
    expect(workbench.frame()).toContain('Split    50/25/25 (train/validation/test)');
    await walkOnToPlan(workbench);
    await workbench.waitForFrame('Plan: train 10, validation 5, test 5');
  });

  it.each([
    ['85/x', 'split "85/x": "x" is not a number of 0 or more'],
    ['val=2.5', 'the validation count must be a whole number of 0 or more, not 2.5'],
    ['train=3', 'split "train=3": "train=3" is not val=N or test=N'],
  ])('refuses %s with the parser’s message and stays on the step', async (typed, message) => {
    workbench = await openWorkbench({ records, viewport: { columns: 160, rows: 40 } });
    await typeSplit(workbench, typed);
    const state = workbench.ui.getState();
    expect(state.export.step).toBe('split');
    expect(state.overlay).toEqual({ kind: 'prompt', purpose: 'split', text: typed });
    expect(workbench.frame()).toContain(message);
    await workbench.press('promptCancel');
    expect(workbench.ui.getState().overlay).toBeNull();
    expect(workbench.frame()).toContain('other… (type ratios');
  });
});
