import { layoutFor, type Viewport } from './layout.js';

/** Where the stats screen puts things for one terminal size. */
export interface StatsLayout {
  /** Data rows of the table shown at once (each takes two lines with its rule). */
  tableRows: number;
  /** Bars in each chart. */
  chartRows: number;
  /** Columns of each of the two charts side by side. */
  chartWidth: number;
  /** Columns for the value column of the table. */
  valueWidth: number;
}

/** Summary, reviewed bar, token line, field line and two balance lines above the table. */
const HEADER_LINES = 6;
/** The table's top rule, heading, heading rule and bottom rule. */
const TABLE_FRAME_LINES = 4;
/** Columns between the two charts. */
export const CHART_GAP = 3;

/**
 * Up to a little over half of the room goes to the table (less when it has fewer rows), the rest
 * to the two charts side by side and their titles.
 */
export function statsLayout(viewport: Viewport, rows: number): StatsLayout {
  const room = Math.max(4, layoutFor(viewport).bodyHeight - HEADER_LINES);
  const fitting = Math.max(1, Math.floor((Math.ceil(room * 0.55) - TABLE_FRAME_LINES) / 2));
  const tableRows = Math.max(1, Math.min(rows, fitting));
  return {
    tableRows,
    chartRows: Math.max(1, room - (tableRows * 2 + TABLE_FRAME_LINES) - 1),
    chartWidth: Math.max(10, Math.floor((viewport.columns - CHART_GAP - 1) / 2)),
    valueWidth: Math.max(8, Math.min(28, viewport.columns - 56)),
  };
}

/** Where the per-split view puts things for one terminal size. */
export interface SplitsLayout {
  /** Class rows of the table shown at once (one line each). */
  tableRows: number;
  /** Lines for the warnings under the table; always one, for "no warnings" if need be. */
  warningRows: number;
}

/** The table's heading line. */
const SPLITS_FRAME_LINES = 1;

/**
 * Warnings get up to a third of the room below the header lines, the table the rest; room the
 * table does not need goes back to the warnings.
 */
export function splitsLayout(viewport: Viewport, classes: number, warnings: number): SplitsLayout {
  const room = Math.max(4, layoutFor(viewport).bodyHeight - HEADER_LINES - SPLITS_FRAME_LINES);
  const wanted = Math.max(1, warnings);
  const first = Math.min(wanted, Math.max(1, Math.floor(room / 3)));
  const tableRows = Math.max(1, Math.min(classes, room - first));
  return { tableRows, warningRows: Math.max(1, Math.min(wanted, room - tableRows)) };
}
