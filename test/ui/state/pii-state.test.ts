import { describe, expect, it } from 'vitest';
import { PENDING } from '../../../source/core/decision.js';
import type { Example } from '../../../source/core/example.js';
import { hitRowsOf } from '../../../source/ui/effects/pii-scan.js';
import type { UiAction } from '../../../source/ui/state/actions.js';
import type { PiiAction } from '../../../source/ui/state/pii-state.js';
import { hitStatus, nextUnreviewed, piiCounts } from '../../../source/ui/state/pii-view.js';
import { reducer } from '../../../source/ui/state/reducer.js';
import { initialState, type UiState } from '../../../source/ui/state/ui-state.js';

function chat(id: string, user: string): Example {
  return {
    kind: 'chat',
    id,
    source: { file: 'data.jsonl', line: 1 },
    meta: {},
    messages: [
      { role: 'user', content: user },
      { role: 'assistant', content: 'Noted.' },
    ],
  } as Example;
}

const EXAMPLES = [
  chat('a', 'Mail ann@mail.test or bob@mail.test.'),
  chat('b', 'Nothing personal here.'),
  chat('c', 'Call +1 415 555 0123 or write to ann@mail.test.'),
];

const pii = (change: PiiAction): UiAction => ({ type: 'pii', change });
const run = (state: UiState, ...actions: UiAction[]) => actions.reduce(reducer, state);

function scanned(): UiState {
  const loaded = reducer(initialState('data.jsonl', { columns: 80, rows: 24 }), {
    type: 'batchLoaded',
    examples: EXAMPLES,
    decisions: EXAMPLES.map(() => PENDING),
    labels: [],
  });
  return run(
    loaded,
    pii({ type: 'piiScanStarted', total: 3, allow: [] }),
    pii({ type: 'piiScanned', hits: hitRowsOf(EXAMPLES, 0, 2, []), done: 2 }),
    pii({ type: 'piiScanned', hits: hitRowsOf(EXAMPLES, 2, 3, []), done: 3 }),
  );
}

/** Records a decision for hit `at`, as the effects would after the store wrote it. */
function decided(state: UiState, at: number, decision: 'redact' | 'keep'): UiState {
  const row = state.pii.hits[at]!;
  const before = state.decisions.get(row.position);
  return reducer(state, {
    type: 'decisionsChanged',
    updates: [
      {
        index: row.position,
        decision: { ...before, pii: { ...before.pii, [row.key]: decision } },
      },
    ],
  });
}

describe('the PII scan in the UI state', () => {
  it('collects hits slice by slice, in data order, with their example and key', () => {
    const state = scanned();
    expect(state.pii.phase).toBe('done');
    expect(state.pii.hits.map((row) => [row.position, row.hit.type, row.hit.value])).toEqual([
      [0, 'email', 'ann@mail.test'],
      [0, 'email', 'bob@mail.test'],
      [2, 'phone', '+1 415 555 0123'],
      [2, 'email', 'ann@mail.test'],
    ]);
    expect(state.pii.hits[0]!.key).toBe('messages.0.content@5-18:email');
  });

  it('leaves allow-listed values out of the scan', () => {
    expect(hitRowsOf(EXAMPLES, 0, 3, ['*@mail.test']).map((row) => row.hit.type)).toEqual([
      'phone',
    ]);
  });

  it.each([
    { name: 'no decision', decide: [], allow: [], statuses: ['unreviewed', 'unreviewed'] },
    { name: 'a redaction', decide: [[0, 'redact']], allow: [], statuses: ['redact', 'unreviewed'] },
    {
      name: 'the allow-list over a decision',
      decide: [[0, 'redact']],
      allow: ['ann@mail.test'],
      statuses: ['allowed', 'unreviewed'],
    },
  ] as const)('gives each hit its status: $name', ({ decide, allow, statuses }) => {
    let state = scanned();
    for (const [at, decision] of decide) state = decided(state, at, decision);
    state = reducer(state, pii({ type: 'piiAllowChanged', allow }));
    const shown = state.pii.hits.slice(0, 2).map((row) => hitStatus(row, state.decisions, allow));
    expect(shown).toEqual(statuses);
  });

  it('counts hits, unreviewed hits and those that would stop an export', () => {
    const state = reducer(
      decided(scanned(), 1, 'keep'),
      pii({ type: 'piiAllowChanged', allow: ['ann@mail.test'] }),
    );
    expect(piiCounts(state)).toEqual({
      hits: 4,
      unreviewed: 1,
      blocking: 1,
      byType: [
        { type: 'email', hits: 3 },
        { type: 'phone', hits: 1 },
      ],
    });
  });

  it.each([
    { decided: [], from: 0, next: 1 },
    { decided: [1, 2], from: 0, next: 3 },
    { decided: [0, 1, 2], from: 3, next: 3 },
    { decided: [0, 1, 2, 3], from: 1, next: undefined },
  ])('finds the next unreviewed hit after $from, wrapping (decided $decided)', (table) => {
    let state = scanned();
    for (const at of table.decided) state = decided(state, at, 'keep');
    expect(nextUnreviewed(state, table.from)).toBe(table.next);
  });

  it('moves within the list, advances after a decision and focuses an undone hit', () => {
    let state = run(scanned(), pii({ type: 'piiMoved', by: 10 }));
    expect(state.pii.cursor).toBe(3);
    state = run(state, pii({ type: 'piiMoved', by: -10 }));
    expect(state.pii.cursor).toBe(0);
    state = run(decided(state, 0, 'redact'), pii({ type: 'piiAdvanced' }));
    expect(state.pii.cursor).toBe(1);
    const third = state.pii.hits[2]!;
    state = run(state, pii({ type: 'piiFocused', id: third.id, key: third.key }));
    expect(state.pii.cursor).toBe(2);
  });
});
