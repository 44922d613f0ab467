import { describe, expect, it } from 'vitest';
import { refusal } from '../../../source/core/export/refusal.js';
import {
  parseSplitEntry,
  splitEntryLabel,
  splitEntryShort,
  splitEntryText,
} from '../../../source/ui/state/split-entry.js';

describe('parseSplitEntry', () => {
  it.each([
    ['ratios', '85/10/5', { split: '85/10/5' }],
    ['ratios with spaces around', ' 0.9/0.1 ', { split: '0.9/0.1' }],
    ['all train', '100', { split: '100' }],
    [
      'both counts',
      'val=500,test=1000',
      { split: '80/10/10', counts: { validation: 500, test: 1000 } },
    ],
    [
      'validation spelt out, spaces',
      'validation = 5 , test=0',
      { split: '80/10/10', counts: { validation: 5, test: 0 } },
    ],
    ['test only', 'TEST=7', { split: '80/10/10', counts: { test: 7 } }],
    ['a bad ratio', '85/x', refusal('split "85/x": "x" is not a number of 0 or more')],
    [
      'too many parts',
      '1/2/3/4',
      refusal('split "1/2/3/4" has 4 parts; give at most train/validation/test'),
    ],
    ['all zero', '0/0', refusal('split "0/0" gives every split a share of 0')],
    [
      'a fractional count',
      'val=2.5',
      refusal('the validation count must be a whole number of 0 or more, not 2.5'),
    ],
    [
      'a negative count',
      'test=-1',
      refusal('the test count must be a whole number of 0 or more, not -1'),
    ],
    ['an unknown name', 'train=3', refusal('split "train=3": "train=3" is not val=N or test=N')],
    ['a count that is no number', 'val=many', refusal('split "val=many": "many" is not a number')],
    ['an empty count', 'val=', refusal('split "val=": "" is not a number')],
    [
      'a name given twice',
      'val=1,validation=2',
      refusal('split "val=1,validation=2" gives validation twice'),
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseSplitEntry(text)).toEqual(expected);
  });
});

describe('how a split entry reads', () => {
  it.each([
    [{ split: '85/10/5' }, '85/10/5', '85/10/5 (train/validation/test)', '85/10/5'],
    [
      { split: '80/10/10', counts: { validation: 500, test: 1000 } },
      'val=500,test=1000',
      'validation 500, test 1000, train the rest',
      'val 500, test 1000',
    ],
    [
      { split: '80/10/10', counts: { test: 7 } },
      'test=7',
      'validation 0, test 7, train the rest',
      'val 0, test 7',
    ],
  ])('%j is kept as %s', (entry, text, label, short) => {
    expect(splitEntryText(entry)).toBe(text);
    expect(splitEntryLabel(text)).toBe(label);
    expect(splitEntryShort(text)).toBe(short);
  });
});
