import { describe, expect, it } from 'vitest';
import type { UiAction } from '../../../source/ui/state/actions.js';
import { reducer } from '../../../source/ui/state/reducer.js';
import { initialState, type UiState } from '../../../source/ui/state/ui-state.js';

function run(...actions: UiAction[]): UiState {
  return actions.reduce(reducer, initialState('data/chat.jsonl'));
}

const open: UiAction = { type: 'screenShown', screen: 'export' };
const back: UiAction = { type: 'exportWentBack' };

describe('the export form', () => {
  it('walks format → split → seed (a prompt) → include → stratify → group → leakage → PII → confirm', () => {
    const steps = [
      run(open),
      run(open, { type: 'exportChosen', choice: { step: 'format', value: 'sharegpt' } }),
      run(
        open,
        { type: 'exportChosen', choice: { step: 'format', value: 'sharegpt' } },
        { type: 'exportChosen', choice: { step: 'split', value: '90/10' } },
      ),
    ];
    expect(steps.map((state) => state.export.step)).toEqual(['format', 'split', 'seed']);
    expect(steps[2]!.overlay).toEqual({ kind: 'prompt', purpose: 'seed', text: '42' });
    const rest: UiAction[] = [
      { type: 'exportChosen', choice: { step: 'seed', value: 7 } },
      { type: 'exportChosen', choice: { step: 'include', value: 'all' } },
      { type: 'exportChosen', choice: { step: 'stratify', value: 'category' } },
      { type: 'exportChosen', choice: { step: 'group', value: 'user' } },
      { type: 'exportChosen', choice: { step: 'leakage', value: 'allow' } },
      { type: 'exportChosen', choice: { step: 'personal', value: 'redact' } },
    ];
    const confirmed = rest.reduce(reducer, steps[2]!);
    expect(confirmed.overlay).toBeNull();
    expect(confirmed.export).toMatchObject({
      step: 'confirm',
      format: 'sharegpt',
      split: '90/10',
      seed: 7,
      include: 'all',
      stratify: 'category',
      group: 'user',
      leakage: 'allow',
      personal: 'redact',
    });
  });

  it.each([
    {
      name: 'from the first step leaves for review',
      actions: [open, back],
      screen: 'review',
      step: 'format',
    },
    {
      name: 'from include returns to the seed prompt',
      actions: [
        open,
        { type: 'exportChosen', choice: { step: 'format', value: 'text' } },
        { type: 'exportChosen', choice: { step: 'split', value: '100' } },
        { type: 'exportChosen', choice: { step: 'seed', value: 1 } },
        back,
      ],
      screen: 'export',
      step: 'seed',
    },
  ] as { name: string; actions: UiAction[]; screen: string; step: string }[])(
    'Esc $name',
    ({ actions, screen, step }) => {
      const state = run(...actions);
      expect(state.screen).toBe(screen);
      expect(state.export.step).toBe(step);
    },
  );

  it('records progress and the files written, and starts afresh when opened again', () => {
    const done = run(
      open,
      { type: 'exportStarted', force: false },
      { type: 'exportProgressed', done: 2, total: 4 },
      { type: 'exportFinished', files: ['out/train.jsonl'], counts: { train: 3 } },
    );
    expect(done.export).toMatchObject({
      step: 'done',
      files: ['out/train.jsonl'],
      progress: { done: 2, total: 4 },
    });
    expect(done.notice).toContain('export written');
    const reopened = reducer(reducer(done, { type: 'screenShown', screen: 'review' }), open);
    expect(reopened.export.step).toBe('format');
  });
});
