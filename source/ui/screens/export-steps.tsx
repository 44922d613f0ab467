import { Box, Text } from 'ink';
import { OUTPUT_FORMATS } from '../../core/export/output-formats.js';
import { useServices, useUiState } from '../app/contexts.js';
import { Lines } from '../components/lines.js';
import { count, progressBar } from '../components/progress-bar.js';
import { type Choice, ThemedSelect } from '../components/themed-select.js';
import { exportTextRows } from '../state/export-layout.js';
import type { IncludeChoice } from '../state/export-state.js';
import { PlanStep } from './export-plan-step.js';
import {
  BalanceStep,
  GroupStep,
  LeakageStep,
  SplitPromptHelp,
  StratifyStep,
} from './export-split-steps.js';
import { PersonalDataStep } from './personal-data-step.js';

const FORMAT_CHOICES: Choice<string>[] = OUTPUT_FORMATS.map((format) => ({
  label: `${format.name} — ${format.kinds}`,
  value: format.name,
}));

const FIXED_SPLITS = ['80/10/10', '90/5/5', '70/15/15', '90/10', '100'];

/** The split list's last choice: it opens a prompt for any ratios or counts. */
const OTHER_SPLIT = ':other';

const SPLIT_CHOICES: Choice<string>[] = [
  ...FIXED_SPLITS.map((split) => ({ label: `${split} (train/validation/test)`, value: split })),
  {
    label: 'other… (type ratios like 85/10/5, or counts like val=500,test=1000)',
    value: OTHER_SPLIT,
  },
];

const INCLUDE_CHOICES: Choice<IncludeChoice>[] = [
  { label: 'accepted examples only', value: 'accepted' },
  { label: 'everything not rejected (pending and skipped too)', value: 'all' },
];

type NextStep = 'overwrite' | 'settings';

/** After a refusal to overwrite, offer to; after any other failure, only the settings. */
function failureChoices(message: string | null): Choice<NextStep>[] {
  const settings: Choice<NextStep> = { label: 'change the settings', value: 'settings' };
  if (!message?.includes('already exist')) return [settings];
  return [{ label: 'overwrite the existing files', value: 'overwrite' }, settings];
}

/** The body of the current export step. */
export function ExportStep({ width }: { width: number }) {
  const state = useUiState();
  const { ui, theme, startExport } = useServices();
  const form = state.export;
  const focused = state.overlay === null;
  const choose = (choice: Parameters<typeof ui.dispatch>[0]) => ui.dispatch(choice);
  switch (form.step) {
    case 'format':
      return (
        <ThemedSelect
          key="format"
          choices={FORMAT_CHOICES}
          initial={form.format}
          focused={focused}
          width={width}
          onSelect={(value) => choose({ type: 'exportChosen', choice: { step: 'format', value } })}
        />
      );
    case 'split': {
      const typed = !FIXED_SPLITS.includes(form.split);
      if (state.overlay?.kind === 'prompt' && state.overlay.purpose === 'split') {
        return <SplitPromptHelp width={width} problem={state.notice} />;
      }
      return (
        <ThemedSelect
          key="split"
          choices={SPLIT_CHOICES}
          initial={typed ? OTHER_SPLIT : form.split}
          focused={focused}
          width={width}
          onSelect={(value) =>
            value === OTHER_SPLIT
              ? choose({
                  type: 'overlayOpened',
                  overlay: { kind: 'prompt', purpose: 'split', text: typed ? form.split : '' },
                })
              : choose({ type: 'exportChosen', choice: { step: 'split', value } })
          }
        />
      );
    }
    case 'seed':
      return (
        <Lines
          text="Type the seed that orders the split (a whole number), then Enter."
          width={width}
        />
      );
    case 'include':
      return (
        <ThemedSelect
          key="include"
          choices={INCLUDE_CHOICES}
          initial={form.include}
          focused={focused}
          width={width}
          onSelect={(value) => choose({ type: 'exportChosen', choice: { step: 'include', value } })}
        />
      );
    case 'stratify':
      return <StratifyStep width={width} focused={focused} />;
    case 'group':
      return <GroupStep width={width} focused={focused} />;
    case 'balance':
      return <BalanceStep width={width} focused={focused} />;
    case 'leakage':
      return <LeakageStep width={width} focused={focused} />;
    case 'personal':
      return <PersonalDataStep width={width} focused={focused} />;
    case 'confirm':
      return <PlanStep width={width} focused={focused} />;
    case 'writing': {
      const { done, total } = form.progress;
      const fraction = total === 0 ? 0 : done / total;
      return (
        <Text
          {...theme.progress}
        >{`writing ${progressBar(fraction, Math.min(40, width - 20))} ${Math.floor(fraction * 100)}%`}</Text>
      );
    }
    case 'done':
      return (
        <Lines
          text={`Wrote ${Object.entries(form.counts)
            .map(([split, n]) => `${split} ${count(n)}`)
            .join(
              ', ',
            )}:\n${form.files.map((file) => `  ${file}`).join('\n')}\nEsc returns to review.`}
          width={width}
        />
      );
    case 'failed':
      return (
        <Box flexDirection="column">
          <Lines
            text={form.message ?? 'the export failed'}
            width={width}
            style={theme.error}
            maxLines={exportTextRows(state, failureChoices(form.message).length)}
          />
          <ThemedSelect
            key="failed"
            choices={failureChoices(form.message)}
            initial="settings"
            focused={focused}
            width={width}
            onSelect={(value) =>
              value === 'overwrite' ? startExport(true) : choose({ type: 'exportRestarted' })
            }
          />
        </Box>
      );
  }
}
