import { Table } from '@alcalzone/ink-table';
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useServices, useUiState } from '../app/contexts.js';
import { PreferencePanel } from '../components/preference-panel.js';
import { count } from '../components/progress-bar.js';
import { barChart, histogramBars } from '../presentation/bar-chart.js';
import { balanceNotes } from '../state/balance-view.js';
import { preferenceStatsOf } from '../state/preference-view.js';
import { CHART_GAP, statsLayout } from '../state/stats-layout.js';
import { breakdown, datasetStats, textLengths } from '../state/stats-view.js';
import { sanitize } from '../text/sanitize.js';
import { truncate } from '../text/width.js';
import { STATUS_MARKS } from '../theme/theme.js';

const NUMBER_COLUMNS = [
  'total',
  STATUS_MARKS.accepted,
  STATUS_MARKS.rejected,
  STATUS_MARKS.skipped,
  STATUS_MARKS.pending,
];

function Chart({ title, lines, width }: { title: string; lines: string[]; width: number }) {
  const { theme } = useServices();
  return (
    <Box flexDirection="column" width={width}>
      <Text {...theme.heading}>{truncate(title, width)}</Text>
      <Text {...theme.progress}>{lines.join('\n') || ' '}</Text>
    </Box>
  );
}

/** The field by status: balance notes, the table and the balance and length charts. */
export function StatusView({ field }: { field: string }) {
  const state = useUiState();
  const { theme } = useServices();
  const { columns } = state.viewport;
  const stats = datasetStats(state.examples, state.decisions);
  const rows = breakdown(state.examples, state.decisions, field);
  const layout = statsLayout(state.viewport, rows.length);
  const shown = rows.slice(state.stats.top, state.stats.top + layout.tableRows);
  const lengths = stats.lengths;
  const preferences = preferenceStatsOf(state);
  const notes = balanceNotes(state.examples, state.decisions, field);
  const table = shown.map((row) => ({
    [field]: truncate(sanitize(row.value), layout.valueWidth),
    total: count(row.total),
    [STATUS_MARKS.accepted]: count(row.status.accepted),
    [STATUS_MARKS.rejected]: count(row.status.rejected),
    [STATUS_MARKS.skipped]: count(row.status.skipped),
    [STATUS_MARKS.pending]: count(row.status.pending),
  }));
  const header = ({ children }: { children?: ReactNode }) => (
    <Text {...theme.heading}>{children}</Text>
  );
  const skeleton = ({ children }: { children?: ReactNode }) => (
    <Text {...theme.border}>{children}</Text>
  );
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">{truncate(` ${sanitize(notes.balance)}`, columns)}</Text>
      <Text {...theme.muted} wrap="truncate-end">
        {truncate(` ${sanitize(notes.size)}`, columns)}
      </Text>
      {table.length > 0 ? (
        <Table
          data={table}
          columns={[field, ...NUMBER_COLUMNS.map((key) => ({ key, align: 'right' as const }))]}
          header={header}
          skeleton={skeleton}
        />
      ) : (
        <Text {...theme.muted}> nothing loaded yet</Text>
      )}
      {preferences.examples > 0 && <PreferencePanel width={columns} rows={layout.chartRows + 1} />}
      <Box display={preferences.examples > 0 ? 'none' : 'flex'}>
        <Chart
          title={` Balance by ${field}`}
          lines={barChart(
            rows.slice(0, layout.chartRows).map((row) => ({ label: row.value, value: row.total })),
            layout.chartWidth,
            { total: stats.examples },
          ).map((line) => ` ${line}`)}
          width={layout.chartWidth + 1}
        />
        <Box width={CHART_GAP} />
        <Chart
          title={`Length (chars): median ${count(lengths.median)}, p95 ${count(lengths.p95)}`}
          lines={barChart(
            histogramBars(textLengths(state.examples), layout.chartRows),
            layout.chartWidth,
          )}
          width={layout.chartWidth}
        />
      </Box>
    </Box>
  );
}
