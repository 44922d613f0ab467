import { afterEach, describe, expect, it } from 'vitest';
import { walkExportToPlan } from '../helpers/export-form.js';
import { chatRecord, openWorkbench } from '../helpers/workbench.js';

type Workbench = Awaited<ReturnType<typeof openWorkbench>>;
let workbench: Workbench | undefined;

afterEach(async () => {
  await workbench?.close();
  workbench = undefined;
});

const RECORDS = Array.from({ length: 10 }, (_, n) => chatRecord(`Question ${n}?`, `Answer ${n}.`));

async function setField(bench: Workbench, text: string) {
  await bench.press('datasetEdit');
  await bench.press('promptErase', 40);
  await bench.type(text);
  await bench.press('promptConfirm');
}

describe('the Dataset screen', () => {
  it('sets, shows and removes the dataset fields in the store', async () => {
    workbench = await openWorkbench({ records: RECORDS });
    await workbench.press('showDataset');
    expect(workbench.frame()).toMatch(/▸ licence +\(not set\) · exports warn without it/);
    await setField(workbench, 'cc-by-4.0');
    await workbench.press('datasetDown', 3);
    await setField(workbench, 'support bot evaluation');
    expect(workbench.store.meta).toEqual({
      license: 'cc-by-4.0',
      intendedUse: 'support bot evaluation',
    });
    const frame = workbench.frame();
    expect(frame).toMatch(/ licence +cc-by-4\.0/);
    expect(frame).toMatch(/▸ intended use +support bot evaluation/);
    expect(frame).toMatch(/ source +\(not set\) · exports warn without it/);
    await workbench.press('datasetUp', 3);
    await setField(workbench, '');
    expect(workbench.store.meta).toEqual({ intendedUse: 'support bot evaluation' });
  });

  it('the export plan says which provenance fields are missing', async () => {
    workbench = await openWorkbench({ records: RECORDS });
    await workbench.press('showDataset');
    await setField(workbench, 'mit');
    await walkExportToPlan(workbench);
    await workbench.waitForFrame('Plan: train 8');
    expect(workbench.frame()).toContain(
      'source not set: the dataset card will say so (M sets them)',
    );
  });
});
