/** The PII screen's text: a hit's row in the list, and the hit highlighted in its field's text. */
import { maskedForDisplay } from '../../core/pii/index.js';
import type { PiiHitRow } from '../state/pii-state.js';
import type { HitStatus } from '../state/pii-view.js';
import { sanitize } from '../text/sanitize.js';
import { padEnd, truncate } from '../text/width.js';
import { type DiffLine, diffLines, type SideMarkers } from './diff-lines.js';

export const HIT_MARKS: Readonly<Record<HitStatus, string>> = {
  unreviewed: '·',
  redact: '✗',
  keep: '✓',
  allowed: '○',
};

/** Width of the type column: the longest type name, `crypto_wallet`. */
const TYPE_COLUMN = 13;

/** `✗ email         j***@acme.com`: status mark, type, value masked (lists never show it whole). */
export function hitRowText(row: PiiHitRow, status: HitStatus, width: number): string {
  const { type, value } = row.hit;
  const text = `${HIT_MARKS[status]} ${padEnd(type, TYPE_COLUMN)} ${sanitize(maskedForDisplay(type, value))}`;
  return truncate(text, width);
}

/** The span between brackets, so it stands out in a terminal without colour too. */
const SPAN_MARKERS: SideMarkers = { both: ['', ''], a: ['', ''], b: ['[', ']'] };

/**
 * The hit's field text wrapped to `width`, the hit's words as the `b` side (in brackets), and the
 * line the hit starts on, so the pane can show the lines around it.
 */
export function hitContextLines(
  text: string,
  row: PiiHitRow,
  width: number,
): { lines: DiffLine[]; hitLine: number } {
  const { start, end } = row.hit;
  const lines = diffLines(
    [
      { side: 'both', text: text.slice(0, start) },
      { side: 'b', text: text.slice(start, end) },
      { side: 'both', text: text.slice(end) },
    ],
    width,
    SPAN_MARKERS,
  );
  const hitLine = lines.findIndex((line) => line.some((segment) => segment.side === 'b'));
  return { lines, hitLine: Math.max(0, hitLine) };
}
