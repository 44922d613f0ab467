import { describe, expect, it } from 'vitest';
import { type BalanceReport, balanceReport } from '../../../source/core/split/balance.js';
import type { SplitAssignment } from '../../../source/core/split/split-types.js';
import {
  medianText,
  splitTableLines,
  warningLines,
} from '../../../source/ui/presentation/split-balance-lines.js';
import { chat, user } from './examples.js';

/** Examples `b0…` of class billing and `r0…` of class returns, each as long as its number + 1. */
function report(
  billing: number,
  returns: number,
  splits: SplitAssignment,
  lengths = (id: string) => Number(id.slice(1)) + 1,
): BalanceReport {
  const examples = [
    ...Array.from({ length: billing }, (_, i) =>
      chat([user('q')], { id: `b${i}`, meta: { category: 'billing' } }),
    ),
    ...Array.from({ length: returns }, (_, i) =>
      chat([user('q')], { id: `r${i}`, meta: { category: 'returns' } }),
    ),
  ];
  return balanceReport(examples, 'category', splits, {
    lengthOf: (example) => lengths(example.id),
    lengthUnit: 'tokens',
  });
}

const ids = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `${prefix}${from + i}`);

const EIGHTY_TEN_TEN = report(8, 2, {
  train: [...ids('b', 0, 6), ...ids('r', 0, 2)],
  validation: ids('b', 6, 7),
  test: ids('b', 7, 8),
});

describe('splitTableLines', () => {
  it.each([
    {
      name: 'wide: counts, shares and points against the whole',
      width: 80,
      header: ' category    all       train    validation          test',
      rows: [
        ' billing   8 80%  6 75% -5pt  1 100% +20pt  1 100% +20pt',
        ' returns   2 20%  2 25% +5pt    0 0% -20pt    0 0% -20pt',
      ],
    },
    {
      name: 'narrow: the points go before the class names are cut',
      width: 50,
      header: ' category    all  train  validation    test',
      rows: [
        ' billing   8 80%  6 75%      1 100%  1 100%',
        ' returns   2 20%  2 25%        0 0%    0 0%',
      ],
    },
    {
      name: 'very narrow: class names are cut',
      width: 40,
      header: ' cate…    all  train  validation    test',
      rows: [
        ' bill…  8 80%  6 75%      1 100%  1 100%',
        ' retu…  2 20%  2 25%        0 0%    0 0%',
      ],
    },
  ])('$name', ({ width, header, rows }) => {
    expect(splitTableLines(EIGHTY_TEN_TEN, 'category', { width, top: 0, rows: 5 })).toEqual({
      header,
      rows,
    });
  });

  it('shows a window of the classes, and a dash for a split with nothing in it', () => {
    const empty = report(3, 1, { train: [...ids('b', 0, 3), 'r0'], validation: [], test: [] });
    const lines = splitTableLines(empty, 'category', { width: 60, top: 1, rows: 1 });
    expect(lines.rows).toEqual([' returns   1 25%  1 25% ±0pt           –     –']);
  });
});

describe('medianText and warningLines', () => {
  it('gives the median length of the whole and of each split', () => {
    expect(medianText(EIGHTY_TEN_TEN)).toBe(
      'median tokens: all 3 · train 2 · validation 7 · test 8',
    );
  });

  it.each([
    [
      'all that fit',
      5,
      [
        '! "returns" has no examples in validation',
        '! "returns" has no examples in test',
        '! validation differs most from the whole: "returns" is 0% of it against 20% overall',
        '! test is longer than train: median 8 tokens against 2 (4×)',
      ],
    ],
    [
      'the rest counted',
      2,
      [
        '! "returns" has no examples in validation',
        '… and 3 more (winnow stats --split lists them all)',
      ],
    ],
  ])('lists the warnings: %s', (_name, room, expected) => {
    expect(warningLines(EIGHTY_TEN_TEN, room)).toEqual(expected);
  });

  it('says when there is nothing to warn about', () => {
    const even = report(2, 2, { train: ['b0', 'r0'], validation: ['b1', 'r1'], test: [] }, () => 5);
    expect(warningLines(even, 3)).toEqual(['no balance warnings for these splits']);
  });
});
