import { describe, expect, it } from 'vitest';
import type { UiAction } from '../../../source/ui/state/actions.js';
import { reducer } from '../../../source/ui/state/reducer.js';
import { splitsLayout } from '../../../source/ui/state/stats-layout.js';
import {
  currentSplitBalance,
  type SplitBalance,
  type StatsSplitsAction,
  splitBalanceRequest,
} from '../../../source/ui/state/stats-splits.js';
import { initialState, type UiState } from '../../../source/ui/state/ui-state.js';

const splits = (change: StatsSplitsAction): UiAction => ({ type: 'statsSplits', change });
const NO_SPLIT: SplitBalance = { ok: false, reason: 'no examples' };

function run(state: UiState, ...actions: UiAction[]): UiState {
  return actions.reduce(reducer, state);
}

describe('the per-split view state', () => {
  it('toggles, and starts the table from its top each time', () => {
    const scrolled = { ...initialState('data.jsonl'), stats: { field: 2, top: 5 } };
    const on = run(scrolled, splits({ type: 'splitViewToggled' }));
    expect(on.statsSplits.shown).toBe(true);
    expect(on.stats).toEqual({ field: 2, top: 0 });
    expect(run(on, splits({ type: 'splitViewToggled' })).statsSplits.shown).toBe(false);
  });

  it('holds a result only while the state it was worked out for is unchanged', () => {
    const start = initialState('data.jsonl');
    const request = splitBalanceRequest(start);
    expect(splitBalanceRequest(start)).toBe(request);
    const computed = run(
      start,
      splits({ type: 'splitBalanceProgressed', fraction: 0.5 }),
      splits({ type: 'splitBalanceComputed', request, result: NO_SPLIT }),
    );
    expect(computed.statsSplits.progress).toBe(1);
    expect(currentSplitBalance(computed)).toEqual(NO_SPLIT);
    const changes: [string, UiAction][] = [
      ['another field', { type: 'statsFieldCycled', by: 1, fields: 3 }],
      ['another seed', { type: 'exportChosen', choice: { step: 'seed', value: 7 } }],
      ['another split', { type: 'exportChosen', choice: { step: 'split', value: 'val=1' } }],
      ['another include', { type: 'exportChosen', choice: { step: 'include', value: 'all' } }],
      ['another stratify', { type: 'exportChosen', choice: { step: 'stratify', value: 'topic' } }],
      ['another group', { type: 'exportChosen', choice: { step: 'group', value: 'user' } }],
    ];
    for (const [, action] of changes) expect(currentSplitBalance(run(computed, action))).toBeNull();
    expect(currentSplitBalance(run(computed, { type: 'notice', text: 'hi' }))).toEqual(NO_SPLIT);
  });
});

describe('splitsLayout', () => {
  it.each([
    ['80×24, few classes: the rest to warnings', { columns: 80, rows: 24 }, 2, 9, 2, 9],
    ['80×24, many classes and warnings', { columns: 80, rows: 24 }, 40, 30, 10, 4],
    ['80×24, no warnings: one line says so', { columns: 80, rows: 24 }, 40, 0, 13, 1],
    ['200×60, many classes and warnings', { columns: 200, rows: 60 }, 80, 30, 34, 16],
    ['200×60, everything fits', { columns: 200, rows: 60 }, 12, 5, 12, 5],
  ])('%s', (_name, viewport, classes, warnings, tableRows, warningRows) => {
    expect(splitsLayout(viewport, classes, warnings)).toEqual({ tableRows, warningRows });
  });
});
