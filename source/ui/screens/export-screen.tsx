import { Box, Text } from 'ink';
import { useServices, useUiState } from '../app/contexts.js';
import { count } from '../components/progress-bar.js';
import { CHOICE_STEPS, type ExportState } from '../state/export-state.js';
import { layoutFor } from '../state/layout.js';
import { splitEntryLabel } from '../state/split-entry.js';
import { truncate } from '../text/width.js';
import { splitChoiceText } from './export-split-steps.js';
import { ExportStep } from './export-steps.js';
import { PERSONAL_DATA_TEXT } from './personal-data-step.js';

const STEP_TITLES: Record<string, string> = {
  format: 'Format',
  split: 'Split',
  seed: 'Seed',
  include: 'Include',
  stratify: 'Stratify',
  group: 'Group',
  balance: 'Balance',
  leakage: 'Leakage',
  personal: 'PII',
  confirm: 'Plan',
};

function choiceText(form: ExportState, step: string): string {
  switch (step) {
    case 'format':
      return form.format;
    case 'split':
      return splitEntryLabel(form.split);
    case 'seed':
      return String(form.seed);
    case 'include':
      return form.include === 'accepted' ? 'accepted only' : 'everything not rejected';
    case 'stratify':
    case 'group':
    case 'balance':
    case 'leakage':
      return splitChoiceText(step, form[step]);
    case 'personal':
      return PERSONAL_DATA_TEXT[form.personal];
    default:
      return '';
  }
}

/** Pick format, split, seed, what to include, classes, groups and leakage; see the plan; write. */
export function ExportScreen() {
  const state = useUiState();
  const { theme } = useServices();
  const { columns } = state.viewport;
  const form = state.export;
  const current = CHOICE_STEPS.indexOf(form.step);
  const loading =
    state.load.phase === 'loading'
      ? ` (still loading: ${count(state.examples.length)} so far)`
      : '';
  return (
    <Box flexDirection="column" height={layoutFor(state.viewport).bodyHeight} paddingX={1}>
      <Text {...theme.title}>
        {truncate(`Export · ${count(state.examples.length)} examples${loading}`, columns - 2)}
      </Text>
      {CHOICE_STEPS.map((step, index) => {
        const active = step === form.step;
        const style = active ? theme.key : index < current || current < 0 ? {} : theme.muted;
        return (
          <Text key={step} {...style} wrap="truncate-end">
            {`${active ? '▸' : ' '} ${String(index + 1).padStart(2)} ${STEP_TITLES[step]?.padEnd(8)} ${index <= current || current < 0 ? choiceText(form, step) : ''}`}
          </Text>
        );
      })}
      <Text {...theme.border}>{'─'.repeat(Math.max(1, columns - 2))}</Text>
      <ExportStep width={columns - 2} />
    </Box>
  );
}
