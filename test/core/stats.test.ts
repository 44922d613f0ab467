import { describe, expect, it } from 'vitest';
import { type DecisionState, PENDING } from '../../source/core/decision.js';
import type { Example } from '../../source/core/example.js';
import {
  categoricalFields,
  computeStats,
  fieldValues,
  MISSING_VALUE,
} from '../../source/core/stats.js';

function text(id: string, body: string, meta: Record<string, unknown> = {}): Example {
  return { id, kind: 'text', text: body, format: 'text', source: { file: 'f' }, meta };
}

const examples: Example[] = [
  text('a', 'one', { category: 'billing', score: 3 }),
  text('b', 'three', { category: 'billing', tags: ['x', 'y'] }),
  text('c', 'fives', { category: 'shipping' }),
  {
    id: 'd',
    kind: 'instruction',
    instruction: 'Do',
    input: '',
    output: 'Done',
    format: 'alpaca',
    source: { file: 'f' },
    meta: {},
  },
];

const decisions: Record<string, DecisionState> = {
  a: { status: 'accepted', labels: ['good'], flagged: false },
  b: { status: 'rejected', labels: ['good', 'long'], flagged: true },
};
const decisionOf = (id: string) => decisions[id] ?? PENDING;

describe('computeStats', () => {
  const stats = computeStats(examples, decisionOf);

  it('counts kinds, statuses, flags and labels', () => {
    expect(stats.examples).toBe(4);
    expect(stats.kinds).toMatchObject({ text: 3, instruction: 1, chat: 0 });
    expect(stats.status).toEqual({ pending: 2, accepted: 1, rejected: 1, skipped: 0 });
    expect(stats.flagged).toBe(1);
    expect(stats.labels).toEqual({ good: 2, long: 1 });
  });

  it('counts categorical metadata fields by default, with missing values named', () => {
    expect(stats.by.category).toEqual({ billing: 2, shipping: 1, [MISSING_VALUE]: 1 });
    expect(stats.by.score).toEqual({ '3': 1, [MISSING_VALUE]: 3 });
  });

  it('summarises lengths in characters', () => {
    expect(stats.lengths).toMatchObject({ min: 3, max: 7, count: 4 });
  });

  it('counts only the fields asked for, including kind and format', () => {
    const only = computeStats(examples, decisionOf, { by: ['format'] });
    expect(only.by).toEqual({ format: { text: 3, alpaca: 1 } });
  });
});

describe('fieldValues', () => {
  it.each([
    ['category', ['billing']],
    ['tags', ['x', 'y']],
    ['absent', [MISSING_VALUE]],
    ['kind', ['text']],
  ])('%s', (field, expected) => {
    expect(fieldValues(examples[field === 'tags' ? 1 : 0]!, field)).toEqual(expected);
  });
});

describe('categoricalFields', () => {
  it('leaves out fields with too many distinct values and object values', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      text(`${i}`, 'x', { uid: i, kind2: i % 2, obj: { a: 1 } }),
    );
    expect(categoricalFields(many)).toEqual(['kind2']);
  });

  it.each([
    {
      name: '71 apps over 252 tasks (a long tail) is a category',
      examples: 252,
      values: 71,
      kept: true,
    },
    { name: '71 values over 100 examples is not', examples: 100, values: 71, kept: false },
    { name: '1,000 values repeating 3 times is', examples: 3_000, values: 1_000, kept: true },
    {
      name: '1,001 values is not, however they repeat',
      examples: 5_000,
      values: 1_001,
      kept: false,
    },
  ])('$name', ({ examples, values, kept }) => {
    const data = Array.from({ length: examples }, (_, i) => text(`${i}`, 'x', { app: i % values }));
    expect(categoricalFields(data)).toEqual(kept ? ['app'] : []);
  });
});
