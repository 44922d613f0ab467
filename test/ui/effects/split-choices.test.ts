import { describe, expect, it } from 'vitest';
import { exportSplitOptions } from '../../../source/cli/export-split.js';
import { PENDING } from '../../../source/core/decision.js';
import { frozenTestSet, splitChoicesOf } from '../../../source/ui/effects/split-choices.js';
import { NEAR_DUPLICATE_GROUPS } from '../../../source/ui/state/export-state.js';

const form = { split: '80/10/10', seed: 7, stratify: '', group: '' };

describe('splitChoicesOf', () => {
  it.each([
    { name: 'nothing chosen', input: form, expected: { split: '80/10/10', seed: 7 } },
    {
      name: 'a stratify field',
      input: { ...form, stratify: 'category' },
      expected: { split: '80/10/10', seed: 7, stratify: 'category' },
    },
    {
      name: 'a group field',
      input: { ...form, group: 'user' },
      expected: { split: '80/10/10', seed: 7, group: 'user' },
    },
    {
      name: 'near-duplicate clusters',
      input: { ...form, group: NEAR_DUPLICATE_GROUPS },
      expected: { split: '80/10/10', seed: 7, groupNear: true },
    },
    {
      name: 'typed validation and test counts',
      input: { ...form, split: 'val=2,test=3' },
      expected: { split: '80/10/10', counts: { validation: 2, test: 3 }, seed: 7 },
    },
    {
      name: 'typed ratios',
      input: { ...form, split: '85/10/5' },
      expected: { split: '85/10/5', seed: 7 },
    },
    {
      name: 'a split the parser refuses, left for the export core to refuse',
      input: { ...form, split: 'val=x' },
      expected: { split: 'val=x', seed: 7 },
    },
  ])('gives the export command’s choices for $name', ({ input, expected }) => {
    expect(splitChoicesOf(input)).toEqual(expected);
  });

  it('carries the frozen test set', () => {
    const frozen = frozenTestSet({ ids: ['b', 'a'] });
    expect(splitChoicesOf(form, frozen).frozenTest).toEqual(new Set(['a', 'b']));
    expect(frozenTestSet(undefined)).toBeUndefined();
  });

  it('has the export core refuse a bad typed split with the parser’s message', () => {
    const scope = {
      examples: [],
      decisionOf: () => PENDING,
      include: 'all' as const,
      format: 'jsonl',
    };
    expect(() => exportSplitOptions(splitChoicesOf({ ...form, split: 'val=x' }), scope)).toThrow(
      'split "val=x": "val=x" is not a number of 0 or more',
    );
  });
});
