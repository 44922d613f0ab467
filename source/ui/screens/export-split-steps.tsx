import { Box } from 'ink';
import { useMemo } from 'react';
import { DERIVED_FIELDS } from '../../core/split/strata.js';
import { categoricalFields } from '../../core/stats.js';
import { useServices, useUiState } from '../app/contexts.js';
import { Lines } from '../components/lines.js';
import { type Choice, ThemedSelect } from '../components/themed-select.js';
import { type LeakageChoice, NEAR_DUPLICATE_GROUPS } from '../state/export-state.js';

const LEAKAGE_CHOICES: Choice<LeakageChoice>[] = [
  { label: 'refuse to write when examples leak across splits', value: 'refuse' },
  { label: 'write anyway; the manifest records the leak (--allow-leakage)', value: 'allow' },
];

/** The data's categorical metadata fields; worked out once per loaded data, not per frame. */
function useCategoricalFields(): string[] {
  const { examples } = useUiState();
  return useMemo(() => categoricalFields(examples), [examples]);
}

/** A field the data carries wins over a derived value of the same name, so it is listed once. */
function stratifyChoices(fields: readonly string[]): Choice<string>[] {
  const derived = DERIVED_FIELDS.filter((name) => !fields.includes(name));
  return [
    { label: 'none (a random split)', value: '' },
    ...fields.map((field) => ({ label: `field ${field}`, value: field })),
    ...derived.map((name) => ({ label: `derived ${name}`, value: name })),
  ];
}

function groupChoices(fields: readonly string[]): Choice<string>[] {
  return [
    { label: 'none (only a prompt’s pairs stay together)', value: '' },
    ...fields.map((field) => ({ label: `field ${field}`, value: field })),
    { label: 'near-duplicate clusters (--group-near)', value: NEAR_DUPLICATE_GROUPS },
  ];
}

interface StepProps {
  width: number;
  focused: boolean;
}

/** Which classes every split mirrors: none, a categorical field, or a derived value. */
export function StratifyStep({ width, focused }: StepProps) {
  const { ui } = useServices();
  const initial = useUiState().export.stratify;
  const choices = stratifyChoices(useCategoricalFields());
  return (
    <ThemedSelect
      key="stratify"
      choices={choices}
      initial={initial}
      focused={focused}
      width={width}
      onSelect={(value) =>
        ui.dispatch({ type: 'exportChosen', choice: { step: 'stratify', value } })
      }
    />
  );
}

/** What must not straddle splits: nothing more, a categorical field, or near-duplicate clusters. */
export function GroupStep({ width, focused }: StepProps) {
  const { ui } = useServices();
  const initial = useUiState().export.group;
  const choices = groupChoices(useCategoricalFields());
  return (
    <ThemedSelect
      key="group"
      choices={choices}
      initial={initial}
      focused={focused}
      width={width}
      onSelect={(value) => ui.dispatch({ type: 'exportChosen', choice: { step: 'group', value } })}
    />
  );
}

/** Train-only resampling of one field's classes, or none. */
function balanceChoices(fields: readonly string[]): Choice<string>[] {
  return [
    { label: 'no resampling', value: '' },
    ...fields.flatMap((field) => [
      { label: `oversample train by ${field} (copies of rarer classes)`, value: `over:${field}` },
      {
        label: `undersample train by ${field} (drops from larger classes)`,
        value: `under:${field}`,
      },
    ]),
  ];
}

/** Resampling of the train split only (`--balance F --oversample|--undersample`). */
export function BalanceStep({ width, focused }: StepProps) {
  const { ui } = useServices();
  const initial = useUiState().export.balance;
  const choices = balanceChoices(useCategoricalFields());
  return (
    <ThemedSelect
      key="balance"
      choices={choices}
      initial={initial}
      focused={focused}
      width={width}
      onSelect={(value) =>
        ui.dispatch({ type: 'exportChosen', choice: { step: 'balance', value } })
      }
    />
  );
}

/** Whether a leaking plan is written. */
export function LeakageStep({ width, focused }: StepProps) {
  const { ui } = useServices();
  const initial = useUiState().export.leakage;
  return (
    <ThemedSelect
      key="leakage"
      choices={LEAKAGE_CHOICES}
      initial={initial}
      focused={focused}
      width={width}
      onSelect={(value) =>
        ui.dispatch({ type: 'exportChosen', choice: { step: 'leakage', value } })
      }
    />
  );
}

/** While the split is typed: what it may be, and why the last entry was refused. */
export function SplitPromptHelp({ width, problem }: { width: number; problem: string | null }) {
  const { theme } = useServices();
  return (
    <Box flexDirection="column">
      <Lines
        text={
          'Type train/validation/test ratios (85/10/5, 0.9/0.1, 100) or absolute sizes ' +
          '(val=500,test=1000; train takes the rest), then Enter. Esc goes back to the list.'
        }
        width={width}
      />
      {problem !== null && <Lines text={problem} width={width} style={theme.error} />}
    </Box>
  );
}

/** How a split choice reads in the screen's list of steps. */
export function splitChoiceText(
  step: 'stratify' | 'group' | 'balance' | 'leakage',
  value: string,
): string {
  if (step === 'leakage') return value === 'allow' ? 'allow (write anyway)' : 'refuse';
  if (step === 'balance') {
    const [mode, field] = value.split(':');
    return field ? `${mode === 'over' ? 'oversample' : 'undersample'} train by ${field}` : 'none';
  }
  if (value === NEAR_DUPLICATE_GROUPS) return 'near-duplicate clusters';
  return value || 'none';
}
