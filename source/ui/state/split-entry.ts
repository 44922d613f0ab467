/**
 * A split typed on the export screen: ratios as `--split` takes them (`85/10/5`), or absolute
 * validation and test sizes as `--val-count` and `--test-count` take them (`val=500,test=1000`).
 */
import { isRefusal, type Refusal, refusal } from '../../core/export/refusal.js';
import { parseSplitSize, type SplitCountChoice } from '../../core/split/parse-split.js';

/** The typed split as the export command's choices hold it. */
export interface SplitEntry {
  /** `train/validation/test` ratios; ignored by the export when `counts` is given. */
  split: string;
  counts?: SplitCountChoice;
}

/** Ratios the export command's choices carry beside counts, which win over them. */
const RATIOS_BESIDE_COUNTS = '80/10/10';

const COUNT_NAMES: Readonly<Record<string, keyof SplitCountChoice>> = {
  val: 'validation',
  validation: 'validation',
  test: 'test',
};

/** `val=500,test=1000` (either may be left out) or ratios, through the CLI's own parser. */
export function parseSplitEntry(text: string): SplitEntry | Refusal {
  const entry = text.trim();
  if (!entry.includes('=')) {
    const size = parseSplitSize(entry);
    return isRefusal(size) ? size : { split: entry };
  }
  const counts: SplitCountChoice = {};
  for (const part of entry.split(',').map((piece) => piece.trim())) {
    const [name = '', value, ...extra] = part.split('=').map((piece) => piece.trim());
    const key = COUNT_NAMES[name.toLowerCase()];
    if (key === undefined || value === undefined || extra.length > 0) {
      return refusal(`split "${entry}": "${part}" is not val=N or test=N`);
    }
    if (counts[key] !== undefined) return refusal(`split "${entry}" gives ${key} twice`);
    const number = value === '' ? Number.NaN : Number(value);
    if (!Number.isFinite(number)) return refusal(`split "${entry}": "${value}" is not a number`);
    counts[key] = number;
  }
  const size = parseSplitSize(RATIOS_BESIDE_COUNTS, counts);
  return isRefusal(size) ? size : { split: RATIOS_BESIDE_COUNTS, counts };
}

/** How the form keeps an entry: the ratios as typed, or `val=N,test=N` in that order. */
export function splitEntryText(entry: SplitEntry): string {
  const { counts } = entry;
  if (counts === undefined) return entry.split;
  const parts = [
    ...(counts.validation === undefined ? [] : [`val=${counts.validation}`]),
    ...(counts.test === undefined ? [] : [`test=${counts.test}`]),
  ];
  return parts.join(',');
}

/** How the export screen names a split the form holds. */
export function splitEntryLabel(text: string): string {
  const entry = parseSplitEntry(text);
  if (isRefusal(entry) || entry.counts === undefined) return `${text} (train/validation/test)`;
  const { validation = 0, test = 0 } = entry.counts;
  return `validation ${validation}, test ${test}, train the rest`;
}

/** The split in a few characters: `80/10/10`, or `val 500, test 1000`. */
export function splitEntryShort(text: string): string {
  const entry = parseSplitEntry(text);
  if (isRefusal(entry) || entry.counts === undefined) return text;
  const { validation = 0, test = 0 } = entry.counts;
  return `val ${validation}, test ${test}`;
}
