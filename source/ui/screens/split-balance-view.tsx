import { Box, Text } from 'ink';
import { useEffect, useMemo } from 'react';
import { useServices, useUiState } from '../app/contexts.js';
import { count, progressBar } from '../components/progress-bar.js';
import { medianText, splitTableLines, warningLines } from '../presentation/split-balance-lines.js';
import { NEAR_DUPLICATE_GROUPS } from '../state/export-state.js';
import { splitEntryShort } from '../state/split-entry.js';
import { splitsLayout } from '../state/stats-layout.js';
import {
  currentSplitBalance,
  type SplitBalance,
  type SplitFormChoices,
  splitBalanceRequest,
} from '../state/stats-splits.js';
import { sanitize } from '../text/sanitize.js';
import { truncate } from '../text/width.js';

/** How the export screen's choices split the data, most telling first (the line may be cut). */
function howSplit(choices: SplitFormChoices, examples: number): string {
  const include = choices.include === 'accepted' ? 'accepted only' : 'everything not rejected';
  const group = choices.group === NEAR_DUPLICATE_GROUPS ? 'near-duplicate clusters' : choices.group;
  const parts = [
    `export split ${splitEntryShort(choices.split)}`,
    `seed ${choices.seed}`,
    choices.stratify ? `stratified by ${choices.stratify}` : 'not stratified',
    ...(group ? [`grouped by ${group}`] : []),
    ...(choices.balance ? ['train before resampling'] : []),
    `${count(examples)} examples (${choices.format}, ${include})`,
  ];
  return parts.join(' · ');
}

function Table({
  balance,
  field,
}: {
  balance: Extract<SplitBalance, { ok: true }>;
  field: string;
}) {
  const state = useUiState();
  const { theme } = useServices();
  const { columns } = state.viewport;
  const { report } = balance;
  const layout = splitsLayout(state.viewport, report.classes.length, report.warnings.length);
  const top = Math.min(state.stats.top, Math.max(0, report.classes.length - layout.tableRows));
  const table = useMemo(
    () => splitTableLines(report, field, { width: columns, top, rows: layout.tableRows }),
    [report, field, columns, top, layout.tableRows],
  );
  const more =
    report.classes.length > layout.tableRows
      ? `classes ${top + 1}–${top + table.rows.length} of ${report.classes.length} (j/k) · `
      : '';
  const ratio = Math.round(report.imbalanceRatio * 10) / 10;
  return (
    <Box flexDirection="column">
      <Text {...theme.muted} wrap="truncate-end">
        {truncate(` ${more}${medianText(report)} · imbalance ${ratio}`, columns)}
      </Text>
      <Text {...theme.heading}>{table.header}</Text>
      <Text>{table.rows.join('\n') || ' '}</Text>
      <Text {...(report.warnings.length > 0 ? theme.notice : theme.muted)}>
        {warningLines(report, layout.warningRows)
          .map((line) => truncate(` ${sanitize(line)}`, columns))
          .join('\n')}
      </Text>
    </Box>
  );
}

/**
 * The stats screen's per-split view: the counted field in train, validation and test as the
 * export screen's current choices would split the data, worked out in the background.
 */
export function SplitBalanceView({ field }: { field: string }) {
  const state = useUiState();
  const { theme, previewSplitBalance } = useServices();
  const { columns } = state.viewport;
  const loaded = state.load.phase === 'done';
  const request = splitBalanceRequest(state);
  const balance = currentSplitBalance(state);
  useEffect(() => {
    if (loaded && balance === null) previewSplitBalance(request);
  }, [loaded, balance, request, previewSplitBalance]);
  const line = (text: string, style = {}) => (
    <Text {...style} wrap="truncate-end">
      {truncate(` ${sanitize(text)}`, columns)}
    </Text>
  );
  if (!loaded) return line('per split: worked out once the file has loaded', theme.muted);
  if (balance === null) {
    const done = state.statsSplits.progress;
    const bar = progressBar(done, Math.min(30, columns - 30));
    const stage = done < 1 ? `${bar} ${Math.floor(done * 100)}%` : 'splitting and counting';
    return line(`per split: computing… ${stage}`, theme.progress);
  }
  if (!balance.ok) return line(`per split: no split (${balance.reason})`, theme.error);
  return (
    <Box flexDirection="column">
      {line(howSplit(request.choices, balance.examples))}
      {balance.examples > 0 ? (
        <Table balance={balance} field={field} />
      ) : (
        line(
          'the export would write nothing: accept examples, or include everything not rejected (E, Include step)',
          theme.muted,
        )
      )}
    </Box>
  );
}
