/**
 * The stats screen's per-split table as plain lines: each class's count and share overall and in
 * each split, as `winnow stats --split` prints them; with room to spare, each split's share also
 * says how far it strays from the whole, in percentage points.
 */

import type { BalanceReport } from '../../core/split/balance.js';
import type { ClassCounts } from '../../core/split/balance-warnings.js';
import { SPLIT_NAMES } from '../../core/split/split-types.js';
import { count } from '../components/progress-bar.js';
import { sanitize } from '../text/sanitize.js';
import { displayWidth, truncate } from '../text/width.js';

/** Columns between cells. */
const GAP = 2;
/** Widest class name; longer ones are cut. */
const CLASS_MAX = 40;
/** Class names keep at least this many columns before the point gaps are dropped for room. */
const CLASS_MIN = 12;

/** A window of the table: its heading line and the class rows from `top`. */
export interface SplitTableLines {
  header: string;
  rows: string[];
}

function percent(n: number, of: number): string {
  return `${of === 0 ? 0 : Math.round((1000 * n) / of) / 10}%`;
}

function points(share: number, overall: number): string {
  const gap = Math.round((share - overall) * 1000) / 10;
  return gap === 0 ? '±0pt' : `${gap > 0 ? '+' : ''}${gap}pt`;
}

function cell(counts: ClassCounts, stratum: string, overall?: ClassCounts): string {
  if (counts.total === 0) return '–';
  const n = counts.counts[stratum] ?? 0;
  const text = `${count(n)} ${percent(n, counts.total)}`;
  if (overall === undefined) return text;
  const share = n / counts.total;
  return `${text} ${points(share, (overall.counts[stratum] ?? 0) / overall.total)}`;
}

function cellsOf(report: BalanceReport, stratum: string, withGaps: boolean): string[] {
  const splits = report.splits;
  return [
    cell(report.overall, stratum),
    ...SPLIT_NAMES.map((split) =>
      splits ? cell(splits[split], stratum, withGaps ? report.overall : undefined) : '–',
    ),
  ];
}

function columnWidths(headings: readonly string[], rows: readonly string[][]): number[] {
  return headings.map((heading, column) =>
    rows.reduce((widest, row) => Math.max(widest, row[column]?.length ?? 0), heading.length),
  );
}

/** Which part of the table to draw, and in how many columns. */
export interface TableWindow {
  width: number;
  /** First class row shown. */
  top: number;
  /** Class rows shown. */
  rows: number;
}

/**
 * A window of the table headed by `name`. Cell widths are measured over every class, so columns
 * stay put while the table scrolls.
 */
export function splitTableLines(
  report: BalanceReport,
  name: string,
  { width, top, rows }: TableWindow,
): SplitTableLines {
  const headings = ['all', ...SPLIT_NAMES];
  const longest = [name, ...report.classes].reduce(
    (widest, text) => Math.min(CLASS_MAX, Math.max(widest, displayWidth(sanitize(text)))),
    5,
  );
  const layout = (withGaps: boolean) => {
    const cells = report.classes.map((stratum) => cellsOf(report, stratum, withGaps));
    const widths = columnWidths(headings, cells);
    const used = 1 + widths.reduce((sum, w) => sum + w + GAP, 0);
    return { cells, widths, classWidth: Math.min(longest, Math.max(5, width - used)) };
  };
  const gapped = layout(true);
  const chosen = gapped.classWidth >= Math.min(longest, CLASS_MIN) ? gapped : layout(false);
  const line = (name: string, cells: readonly string[]) => {
    const padded = cells.map((text, column) => text.padStart(chosen.widths[column] ?? 0));
    const cut = truncate(sanitize(name), chosen.classWidth);
    const label = cut + ' '.repeat(Math.max(0, chosen.classWidth - displayWidth(cut)));
    return truncate(` ${label}${padded.map((text) => ' '.repeat(GAP) + text).join('')}`, width);
  };
  return {
    header: line(name, headings),
    rows: report.classes
      .slice(top, top + rows)
      .map((stratum, index) => line(stratum, chosen.cells[top + index] ?? [])),
  };
}

/** `median tokens: all 120 · train 118 · validation 131 · test 119`. */
export function medianText(report: BalanceReport): string {
  const { unit, overall, splits } = report.lengths;
  const perSplit = SPLIT_NAMES.map((split) => `${split} ${count(splits?.[split].median ?? 0)}`);
  return `median ${unit}: all ${count(overall.median)} · ${perSplit.join(' · ')}`;
}

/** Up to `room` warning lines; the last says how many more there are when they do not all fit. */
export function warningLines(report: BalanceReport, room: number): string[] {
  const { warnings } = report;
  if (warnings.length === 0) return ['no balance warnings for these splits'];
  if (warnings.length <= room) return warnings.map((warning) => `! ${warning.message}`);
  const shown = Math.max(0, room - 1);
  return [
    ...warnings.slice(0, shown).map((warning) => `! ${warning.message}`),
    `… and ${warnings.length - shown} more (winnow stats --split lists them all)`,
  ];
}
