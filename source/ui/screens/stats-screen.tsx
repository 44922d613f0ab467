import { Box, Text } from 'ink';
import { useServices, useUiState } from '../app/contexts.js';
import { count, progressBar } from '../components/progress-bar.js';
import { tokenSummary } from '../presentation/token-summary.js';
import { statsLayout } from '../state/stats-layout.js';
import { breakdown, currentField, datasetStats, statsFields } from '../state/stats-view.js';
import { percentReviewed } from '../state/status-counts.js';
import { truncate } from '../text/width.js';
import { SplitBalanceView } from './split-balance-view.js';
import { StatusView } from './stats-status-view.js';

/** Which rows of the status table show, when they do not all fit. */
function statusRowsText(state: ReturnType<typeof useUiState>, field: string): string {
  if (state.statsSplits.shown) return '';
  const rows = breakdown(state.examples, state.decisions, field).length;
  const shown = Math.min(rows - state.stats.top, statsLayout(state.viewport, rows).tableRows);
  return rows > shown
    ? ` · rows ${state.stats.top + 1}–${state.stats.top + shown} of ${rows} (j/k)`
    : '';
}

/**
 * Counts by status, by label or any field the user picks, with balance and length charts; or, with
 * the per-split view on, the field in each split the export would write. Live.
 */
export function StatsScreen() {
  const state = useUiState();
  const { theme } = useServices();
  const { columns } = state.viewport;
  const stats = datasetStats(state.examples, state.decisions);
  const fields = statsFields(state.examples);
  const field = currentField(state);
  const percent = percentReviewed(state.counts);
  const kinds = Object.entries(stats.kinds)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${kind} ${count(n)}`);
  const summary = [
    `${count(stats.examples)} examples`,
    ...kinds,
    `flagged ${count(stats.flagged)}`,
  ];
  // Counting the status field by status would read "by status by status".
  const view = state.statsSplits.shown ? ' per split' : field === 'status' ? '' : ' by status';
  return (
    <Box flexDirection="column" height={state.viewport.rows - 3} width={columns}>
      <Text {...theme.title} wrap="truncate-end">
        {truncate(` Stats · ${summary.join(' · ')}`, columns)}
      </Text>
      <Text wrap="truncate-end">
        {` reviewed ${progressBar(percent / 100, Math.min(40, columns - 20))} ${percent}%`}
      </Text>
      <Text wrap="truncate-end">
        {truncate(` ${tokenSummary(state.curation.tokens)}`, columns)}
      </Text>
      <Text wrap="truncate-end">
        {truncate(
          ` by ${field}${view} (field ${(state.stats.field % fields.length) + 1} of ${fields.length}; Tab/→ next, ←/Shift+Tab previous; p ${state.statsSplits.shown ? 'by status' : 'per split'})${statusRowsText(state, field)}`,
          columns,
        )}
      </Text>
      {state.statsSplits.shown ? <SplitBalanceView field={field} /> : <StatusView field={field} />}
    </Box>
  );
}
