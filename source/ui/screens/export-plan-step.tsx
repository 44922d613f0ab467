import { Box, Text } from 'ink';
import { useEffect } from 'react';
import { missingProvenance } from '../../core/dataset-meta.js';
import { useServices, useUiState } from '../app/contexts.js';
import { Lines } from '../components/lines.js';
import { count, progressBar } from '../components/progress-bar.js';
import { type Choice, ThemedSelect } from '../components/themed-select.js';
import { defaultExportDir } from '../effects/export-effect.js';
import { exportTextRows } from '../state/export-layout.js';
import type { PlanPreview } from '../state/export-state.js';

function planText(plan: PlanPreview, allowLeakage: boolean): string {
  if (!plan.ok) return `No plan: ${plan.reason}`;
  const { train, validation, test } = plan.written;
  const left = Object.entries(plan.excluded).map(([why, n]) => `${count(n)} ${why}`);
  const refused =
    plan.refused > 0
      ? `\n${count(plan.refused)} cannot be written in this format, e.g. ${plan.firstRefusal}`
      : '';
  const outcome = allowLeakage
    ? 'writing anyway, as allowed'
    : 'writing will refuse (group by near-duplicate clusters, or allow leakage)';
  const leaks = plan.leaks
    ? `\n${count(plan.leaks.count)} leak across splits, e.g. ${plan.leaks.first}; ${outcome}`
    : '';
  const report = plan.splitReport.map((line) => `\n${line}`).join('');
  return (
    `Plan: train ${count(train)}, validation ${count(validation)}, test ${count(test)}; ` +
    `left out: ${left.join(', ') || 'none'}${report}${refused}${leaks}`
  );
}

/** The confirm step: the plan (worked out in the background), then write or change settings. */
export function PlanStep({ width, focused }: { width: number; focused: boolean }) {
  const state = useUiState();
  const { ui, theme, startExport, previewExport } = useServices();
  const { plan, planned } = state.export;
  const loaded = state.load.phase === 'done';
  useEffect(() => {
    if (plan === null && loaded) previewExport();
  }, [plan, loaded, previewExport]);
  if (!loaded) {
    return (
      <Text
        {...theme.muted}
      >{`the plan comes once the file has loaded (${count(state.examples.length)} so far)`}</Text>
    );
  }
  if (plan === null) {
    const bar = progressBar(planned, Math.min(40, width - 20));
    return <Text {...theme.progress}>{`planning ${bar} ${Math.floor(planned * 100)}%`}</Text>;
  }
  const out = defaultExportDir(state.file);
  const missing = missingProvenance(state.dataset.meta).map((key) =>
    key === 'license' ? 'licence' : key,
  );
  const provenance =
    missing.length > 0
      ? `\n${missing.join(' and ')} not set: the dataset card will say so (M sets them)`
      : '';
  const summary = planText(plan, state.export.leakage === 'allow') + provenance;
  const choices: Choice<'write' | 'settings'>[] = [
    { label: `write to ${out}`, value: 'write' },
    { label: 'change the settings', value: 'settings' },
  ];
  return (
    <Box flexDirection="column">
      <Lines text={summary} width={width} maxLines={exportTextRows(state, choices.length)} />
      <ThemedSelect
        choices={choices}
        initial="write"
        focused={focused}
        width={width}
        onSelect={(value) =>
          value === 'write' ? startExport(false) : ui.dispatch({ type: 'exportRestarted' })
        }
      />
    </Box>
  );
}
