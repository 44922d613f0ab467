import { afterEach, describe, expect, it } from 'vitest';
import { exportSplitOptions, type SplitChoices } from '../../../source/cli/export-split.js';
import { planExport } from '../../../source/core/export/plan-export.js';
import { isRefusal } from '../../../source/core/export/refusal.js';
import type { ExportChoices } from '../../../source/ui/effects/export-effect.js';
import { strataText } from '../../../source/ui/state/strata-text.js';
import { walkExportToPlan } from '../helpers/export-form.js';
import { chatRecord, openWorkbench } from '../helpers/workbench.js';

type Workbench = Awaited<ReturnType<typeof openWorkbench>>;
let workbench: Workbench | undefined;

afterEach(async () => {
  await workbench?.close();
  workbench = undefined;
});

describe('the stats screen’s balance lines', () => {
  it('show the imbalance, the first warning and size guidance for the field counted', async () => {
    const records = [
      ...Array.from({ length: 40 }, (_, i) => chatRecord(`q${i}`, 'a', { category: 'billing' })),
      chatRecord('odd one', 'a', { category: 'returns' }),
    ];
    workbench = await openWorkbench({ records, viewport: { columns: 160, rows: 40 } });
    await workbench.press('showStats');
    expect(workbench.frame()).toContain('imbalance 1 (largest class over smallest)');
    await workbench.press('nextField', 2);
    const frame = workbench.frame();
    expect(frame).toContain('by category');
    expect(frame).toContain('imbalance 40 (largest class over smallest)');
    expect(frame).toContain('! "returns" is 2.44% of the data, under 5%');
    expect(frame).toMatch(/size: all: 41 examples \(\d+ characters\): meets the minimum of 10/);
    expect(frame).toContain('1 of 2 classes under 10');
  });
});

describe('the export screen’s plan', () => {
  it('warns that the same text lies on both sides of a split before writing', async () => {
    const records = Array.from({ length: 12 }, (_, i) => chatRecord(`q${i % 6}`, 'same answer'));
    workbench = await openWorkbench({ records, viewport: { columns: 160, rows: 30 } });
    await walkExportToPlan(workbench);
    await workbench.waitForFrame('Plan: train 10, validation 1, test 1');
    expect(workbench.frame()).toMatch(
      /\d+ leak across splits, e\.g\. same text in \w+ and \w+: .*writing will refuse/,
    );
  });
});

/** What `winnow export --include all` plans for the loaded examples with these split choices. */
function cliPlan(bench: Workbench, choices: Partial<SplitChoices>) {
  const examples = bench.ui.getState().examples;
  const decisionOf = (id: string) => bench.store.get(id);
  const scope = { examples, decisionOf, include: 'all' as const, format: 'openai-chat' as const };
  const split = exportSplitOptions({ split: '80/10/10', seed: 42, ...choices }, scope);
  const plan = planExport({ ...scope, split });
  if (isRefusal(plan)) throw new Error(plan.reason);
  return plan;
}

describe('the export screen’s split choices', () => {
  it('stratify on a field places each class as the CLI’s plan does', async () => {
    const records = ['billing', 'returns'].flatMap((category) =>
      Array.from({ length: 10 }, (_, i) => chatRecord(`${category} ${i}`, 'a', { category })),
    );
    workbench = await openWorkbench({ records, viewport: { columns: 200, rows: 40 } });
    await walkExportToPlan(workbench, { stratify: 1 });
    const { written, split } = cliPlan(workbench, { stratify: 'category' });
    await workbench.waitForFrame(
      `Plan: train ${written.train}, validation ${written.validation}, test ${written.test}`,
    );
    const frame = workbench.frame();
    expect(frame).toContain('Stratify category');
    expect(frame).toContain(strataText(split.report.strata));
    expect(frame).toContain('billing 8/1/1');
    expect(frame).toContain('returns 8/1/1');
  });

  it('keeps the store’s frozen test set in test, as the export will', async () => {
    const records = Array.from({ length: 20 }, (_, i) =>
      chatRecord(`question ${i}`, `answer ${i}`),
    );
    workbench = await openWorkbench({ records, viewport: { columns: 200, rows: 40 } });
    const frozen = workbench.ui
      .getState()
      .examples.slice(0, 5)
      .map((example) => example.id);
    workbench.store.setFrozenTest(frozen);
    await walkExportToPlan(workbench);
    const { written } = cliPlan(workbench, { frozenTest: new Set(frozen) });
    expect(written.test).toBe(5);
    await workbench.waitForFrame(
      `Plan: train ${written.train}, validation ${written.validation}, test 5`,
    );
    expect(workbench.frame()).toContain('frozen test: 5 kept in test');
  });

  it('previews train-only resampling as the CLI would do it', async () => {
    const records = [
      ...Array.from({ length: 16 }, (_, i) =>
        chatRecord(`billing ${i}`, 'a', { category: 'billing' }),
      ),
      ...Array.from({ length: 4 }, (_, i) =>
        chatRecord(`returns ${i}`, 'a', { category: 'returns' }),
      ),
    ];
    workbench = await openWorkbench({ records, viewport: { columns: 200, rows: 40 } });
    await walkExportToPlan(workbench, { balance: 1 });
    const { written, split } = cliPlan(workbench, { balance: 'category', oversample: true });
    await workbench.waitForFrame(`Plan: train ${written.train},`);
    expect(split.resample?.added).toBeGreaterThan(0);
    expect(workbench.frame()).toContain('train resampled: oversample train by category');
    expect(workbench.frame()).toContain(`(+${split.resample?.added})`);
  });

  it('passes the group and leakage choices to the export, and says a leak will be written', async () => {
    const calls: ExportChoices[] = [];
    const records = Array.from({ length: 12 }, (_, i) => chatRecord(`q${i % 6}`, 'same answer'));
    workbench = await openWorkbench({
      records,
      viewport: { columns: 200, rows: 40 },
      exporter: async (_dataset, choices) => {
        calls.push(choices);
        return { files: ['/out/train.jsonl'], counts: { train: 10 } };
      },
    });
    await walkExportToPlan(workbench, { leakage: 1 });
    await workbench.waitForFrame('writing anyway, as allowed');
    await workbench.key('enter');
    await workbench.waitForFrame('/out/train.jsonl');
    expect(calls).toEqual([
      expect.objectContaining({ stratify: '', group: '', balance: '', leakage: 'allow' }),
    ]);
  });
});

describe('a long plan at 80x24', () => {
  it('counts the lines that do not fit instead of drawing them over the choices', async () => {
    const records = Array.from({ length: 60 }, (_, i) =>
      chatRecord(`Question ${i}?`, `Answer ${i}.`, { category: `class-${i % 30}` }),
    );
    workbench = await openWorkbench({ records, viewport: { columns: 80, rows: 24 } });
    await walkExportToPlan(workbench, { stratify: 1 });
    await workbench.waitForFrame('Plan: train');
    const frame = workbench.frame();
    expect(frame).toMatch(/… \d+ more lines: a taller terminal shows them/);
    expect(frame).toContain('▸ 1. write to ');
    expect(frame).toMatch(/ {3}2\. change the settings\n/);
  });
});
