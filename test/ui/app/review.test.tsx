import { afterEach, describe, expect, it } from 'vitest';
import { applyUserKeys } from '../../../source/ui/keymap/user-keys.js';
import { chatRecord, openWorkbench } from '../helpers/workbench.js';

type Workbench = Awaited<ReturnType<typeof openWorkbench>>;
let workbench: Workbench | undefined;

afterEach(async () => {
  await workbench?.close();
  workbench = undefined;
});

const RECORDS = [
  chatRecord('How do I reset my password?', 'Use the link.', { category: 'account' }),
  chatRecord('Where is my order?', 'It ships today.', { category: 'shipping' }),
  chatRecord('Can I return a jacket?', 'Within 60 days.', { category: 'returns' }),
  chatRecord('Do you ship to Germany?', 'Yes, we do.', { category: 'shipping' }),
  chatRecord('Is the tent waterproof?', 'It is.', { category: 'product' }),
];

/** The status bar: the line with the position and the counts. */
function statusLine(frame: string): string {
  return frame.split('\n').find((line) => line.includes('reviewed')) ?? '';
}

/** The list row under the cursor. */
function cursorRow(frame: string): string {
  return frame.split('\n').find((line) => line.startsWith('▸')) ?? '';
}

function decisionOf(bench: Workbench, index: number) {
  return bench.store.get(bench.ui.getState().examples[index]!.id);
}

describe('reviewing', () => {
  it('takes keys that arrive together (fast typing, SSH) one by one', async () => {
    workbench = await openWorkbench({ records: RECORDS });
    await workbench.typeAtOnce('jjj');
    expect(statusLine(workbench.frame())).toContain(' 4/5 ');
    await workbench.typeAtOnce('ax');
    expect(statusLine(workbench.frame())).toContain('✓1 ✗1 »0 ·3 pending');
    // Tab, Backspace (undo) and Ctrl+R (redo) keep their meaning inside a batch.
    await workbench.typeAtOnce('\t\t');
    expect(workbench.ui.getState().filter).toBe('accepted');
    await workbench.typeAtOnce('\u007F\u007F\u0012');
    expect(statusLine(workbench.frame())).toContain('✓1 ✗0 »0 ·4 pending');
  });

  it('review three examples, undo one: the status bar counts match', async () => {
    workbench = await openWorkbench({ records: RECORDS });
    await workbench.press('accept');
    await workbench.press('reject');
    await workbench.press('skip');
    expect(statusLine(workbench.frame())).toContain('✓1 ✗1 »1 ·2 pending');
    expect(statusLine(workbench.frame())).toContain('60% reviewed');
    await workbench.press('undo');
    expect(statusLine(workbench.frame())).toContain('✓1 ✗1 »0 ·3 pending');
    expect(statusLine(workbench.frame())).toContain(' 3/5 ');
    expect(cursorRow(workbench.frame())).toContain('Can I return');
    expect(decisionOf(workbench, 0).status).toBe('accepted');
    await workbench.press('redo');
    expect(statusLine(workbench.frame())).toContain('✓1 ✗1 »1 ·2 pending');
  });

  it('moves by key and keeps the frame within the terminal', async () => {
    workbench = await openWorkbench({ records: RECORDS, viewport: { columns: 80, rows: 24 } });
    await workbench.press('moveLast');
    expect(cursorRow(workbench.frame())).toContain('Is the tent');
    await workbench.press('moveFirst');
    await workbench.press('moveDown', 2);
    expect(cursorRow(workbench.frame())).toContain('Can I return');
    expect(workbench.frame().split('\n').length).toBeLessThanOrEqual(23);
  });

  it('flags and writes a note', async () => {
    workbench = await openWorkbench({ records: RECORDS });
    await workbench.press('flag');
    await workbench.press('note');
    await workbench.type('check the policy');
    await workbench.press('promptConfirm');
    expect(decisionOf(workbench, 0)).toMatchObject({ flagged: true, note: 'check the policy' });
    expect(workbench.frame()).toContain('note: check the policy');
    expect(cursorRow(workbench.frame())).toContain('⚑');
  });
});

describe('keys', () => {
  it('follow a remapped keymap', async () => {
    const keymap = applyUserKeys({ accept: 'y', quit: ['Q'] }, 'keys.json');
    workbench = await openWorkbench({ records: RECORDS, keymap });
    await workbench.type('a');
    expect(decisionOf(workbench, 0).status).toBe('pending');
    await workbench.press('accept');
    expect(decisionOf(workbench, 0).status).toBe('accepted');
    expect(workbench.frame()).toContain('y accept');
    await workbench.type('q');
    expect(workbench.quitCalled()).toBe(false);
    await workbench.press('quit');
    expect(workbench.quitCalled()).toBe(true);
  });
});

describe('labels', () => {
  it('offers the labels in the data, chosen by digit, and adds a typed one', async () => {
    workbench = await openWorkbench({ records: RECORDS });
    await workbench.press('label');
    const picker = workbench.frame();
    for (const label of ['account', 'product', 'returns', 'shipping'])
      expect(picker).toContain(label);
    await workbench.type('2');
    expect(decisionOf(workbench, 0).labels).toEqual(['product']);
    await workbench.press('label');
    await workbench.type('urgent');
    expect(workbench.frame()).toContain('Enter adds “urgent”');
    await workbench.press('pickerConfirm');
    expect(decisionOf(workbench, 0).labels).toEqual(['product', 'urgent']);
    expect(workbench.frame()).toContain('labels: product, urgent');
  });

  it('closes on Esc without changing anything', async () => {
    workbench = await openWorkbench({ records: RECORDS });
    await workbench.press('label');
    await workbench.press('pickerCancel');
    expect(workbench.ui.getState().overlay).toBeNull();
    expect(decisionOf(workbench, 0).labels).toEqual([]);
  });
});

describe('search', () => {
  it('finds text, then n / N walk the matches and n means note again after Esc', async () => {
    workbench = await openWorkbench({ records: RECORDS });
    await workbench.press('search');
    await workbench.type('ship');
    await workbench.press('promptConfirm');
    expect(cursorRow(workbench.frame())).toContain('Where is my order?');
    expect(workbench.frame()).toContain('match 1 of 2');
    await workbench.press('nextMatch');
    expect(cursorRow(workbench.frame())).toContain('Do you ship to Germany?');
    await workbench.press('previousMatch');
    expect(cursorRow(workbench.frame())).toContain('Where is my order?');
    await workbench.press('clearSearch');
    await workbench.press('note');
    expect(workbench.ui.getState().overlay).toMatchObject({ kind: 'prompt', purpose: 'note' });
  });
});

describe('filter', () => {
  it('Tab shows only pending, then only accepted examples', async () => {
    workbench = await openWorkbench({ records: RECORDS });
    await workbench.press('accept');
    await workbench.press('nextFilter');
    expect(statusLine(workbench.frame())).toContain('filter: pending');
    expect(statusLine(workbench.frame())).toContain(' 1/4 ');
    expect(workbench.frame()).not.toContain('reset my password');
    await workbench.press('nextFilter');
    expect(statusLine(workbench.frame())).toContain('filter: accepted');
    expect(cursorRow(workbench.frame())).toContain('reset my');
  });
});
