import { afterEach, describe, expect, it } from 'vitest';
import { balanceSection } from '../../../source/cli/balance-stats.js';
import { isRefusal } from '../../../source/core/export/refusal.js';
import { chatRecord, openWorkbench } from '../helpers/workbench.js';

type Workbench = Awaited<ReturnType<typeof openWorkbench>>;
let workbench: Workbench | undefined;

afterEach(async () => {
  await workbench?.close();
  workbench = undefined;
});

/** 16 billing and 4 returns questions. */
function categorised() {
  return [
    ...Array.from({ length: 16 }, (_, i) =>
      chatRecord(`billing ${i}`, 'a', { category: 'billing' }),
    ),
    ...Array.from({ length: 4 }, (_, i) =>
      chatRecord(`returns ${i}`, 'a', { category: 'returns' }),
    ),
  ];
}

async function acceptAll(bench: Workbench) {
  await bench.press('accept', bench.ui.getState().examples.length);
}

/** `winnow stats --split 80/10/10 --by category` over the workbench's data and decisions. */
async function cliSplits(bench: Workbench, flags: { stratify?: string } = {}) {
  const examples = bench.ui.getState().examples;
  const decisionOf = (id: string) => bench.store.get(id);
  const section = await balanceSection(examples, decisionOf, ['category'], {
    split: '80/10/10',
    ...flags,
  });
  if (isRefusal(section)) throw new Error(section.reason);
  const [report] = section.reports;
  if (!report?.splits) throw new Error('no splits');
  return report.splits;
}

/** The class's row on the screen: count and share overall, then per split as the CLI placed it. */
function rowPattern(stratum: string, splits: Awaited<ReturnType<typeof cliSplits>>, all: string) {
  const cells = (['train', 'validation', 'test'] as const).map(
    (split) => `${splits[split].counts[stratum] ?? 0} [\\d.]+%`,
  );
  return new RegExp(`^ ${stratum}\\s+${all}\\s+${cells.join('.*\\s+')}`, 'm');
}

describe('the stats screen per split', () => {
  it('counts the field in each split as winnow stats --split does, with its warnings', async () => {
    workbench = await openWorkbench({
      records: categorised(),
      viewport: { columns: 120, rows: 30 },
    });
    await acceptAll(workbench);
    await workbench.press('showStats');
    await workbench.press('nextField', 2);
    await workbench.press('toggleSplitView');
    await workbench.waitForFrame('20 examples (openai-chat, accepted only)');
    const splits = await cliSplits(workbench);
    const frame = workbench.frame();
    expect(frame).toContain('by category per split');
    expect(frame).toContain('export split 80/10/10 · seed 42 · not stratified');
    expect(frame).toMatch(/category\s+all\s+train\s+validation\s+test/);
    expect(frame).toMatch(rowPattern('billing', splits, '16 80%'));
    expect(frame).toMatch(rowPattern('returns', splits, '4 20%'));
    expect(frame).toContain('! "returns" has no examples in test');
    expect(frame).toContain('! validation differs most from the whole');
  });

  it('follows the export screen’s choices: stratified, each split mirrors the whole', async () => {
    workbench = await openWorkbench({
      records: categorised(),
      viewport: { columns: 160, rows: 30 },
    });
    await acceptAll(workbench);
    workbench.ui.dispatch({ type: 'screenShown', screen: 'export' });
    workbench.ui.dispatch({
      type: 'exportChosen',
      choice: { step: 'stratify', value: 'category' },
    });
    await workbench.press('showStats');
    await workbench.press('nextField', 2);
    await workbench.press('toggleSplitView');
    await workbench.waitForFrame('stratified by category');
    const splits = await cliSplits(workbench, { stratify: 'category' });
    await workbench.waitForFrame(' billing');
    const frame = workbench.frame();
    expect(frame).toMatch(rowPattern('billing', splits, '16 80%'));
    expect(frame).toMatch(rowPattern('returns', splits, '4 20%'));
    expect(frame).toMatch(/ billing\s+16 80%\s+\d+ [\d.]+% [+-][\d.]+pt/);
  });

  it('says why there is no split, and toggles back to counts by status', async () => {
    workbench = await openWorkbench({
      records: categorised(),
      viewport: { columns: 160, rows: 30 },
    });
    await acceptAll(workbench);
    workbench.ui.dispatch({ type: 'screenShown', screen: 'export' });
    workbench.ui.dispatch({ type: 'exportChosen', choice: { step: 'split', value: 'val=30' } });
    workbench.ui.dispatch({ type: 'screenShown', screen: 'stats' });
    await workbench.press('toggleSplitView');
    await workbench.waitForFrame('per split: no split (');
    expect(workbench.frame()).toContain('validation 30 and test 0 need 30 examples; there are 20');
    await workbench.press('toggleSplitView');
    expect(workbench.frame()).toContain('by status');
    expect(workbench.frame()).toContain('imbalance 1 (largest class over smallest)');
  });

  it('keeps the store’s frozen test set in test, as the export will', async () => {
    workbench = await openWorkbench({
      records: categorised(),
      viewport: { columns: 120, rows: 30 },
    });
    await acceptAll(workbench);
    const returns = workbench.ui
      .getState()
      .examples.filter((example) => example.meta.category === 'returns')
      .map((example) => example.id);
    workbench.store.setFrozenTest(returns);
    await workbench.press('showStats');
    await workbench.press('nextField', 2);
    await workbench.press('toggleSplitView');
    await workbench.waitForFrame(' returns ');
    expect(workbench.frame()).toMatch(/ returns\s+4 20%\s+0 0% .*\s+0 0% .*\s+4 100% /);
  });

  it('fits 80×24 and scrolls its classes', async () => {
    const records = Array.from({ length: 60 }, (_, i) =>
      chatRecord(`q${i}`, 'a', { topic: `topic-${String(i % 20).padStart(2, '0')}` }),
    );
    workbench = await openWorkbench({ records, viewport: { columns: 80, rows: 24 } });
    await acceptAll(workbench);
    await workbench.press('showStats');
    await workbench.press('nextField', 2);
    await workbench.press('toggleSplitView');
    await workbench.waitForFrame('classes 1–');
    const lines = workbench.frame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(80);
    expect(workbench.frame()).toContain(' topic-00 ');
    expect(workbench.frame()).toContain('… and');
    await workbench.press('scrollStatsDown', 30);
    expect(workbench.frame()).toContain(' topic-19 ');
    expect(workbench.frame()).not.toContain(' topic-00 ');
  });
});
