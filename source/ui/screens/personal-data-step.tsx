import { DEFAULT_PII_THRESHOLD } from '../../core/export/pii-policy.js';
import { useServices, useUiState } from '../app/contexts.js';
import { type Choice, ThemedSelect } from '../components/themed-select.js';
import type { PersonalDataChoice } from '../state/export-state.js';

const CHOICES: Choice<PersonalDataChoice>[] = [
  {
    label: `refuse while unreviewed hits (confidence ≥ ${DEFAULT_PII_THRESHOLD}) remain; review them on the PII screen (P)`,
    value: 'refuse',
  },
  { label: 'redact unreviewed hits, <EMAIL> style (--redact)', value: 'redact' },
  {
    label: 'write unreviewed hits as they are; the manifest counts them (--allow-pii)',
    value: 'allow',
  },
];

/** How the export screen's form names each choice once made. */
export const PERSONAL_DATA_TEXT: Readonly<Record<PersonalDataChoice, string>> = {
  refuse: 'refuse unreviewed hits',
  redact: 'redact unreviewed hits',
  allow: 'let unreviewed hits through',
};

/** What writing does with personal data nobody reviewed; reviewed hits follow their decision. */
export function PersonalDataStep({ width, focused }: { width: number; focused: boolean }) {
  const { ui } = useServices();
  const initial = useUiState().export.personal;
  return (
    <ThemedSelect
      key="personal"
      choices={CHOICES}
      initial={initial}
      focused={focused}
      width={width}
      onSelect={(value) =>
        ui.dispatch({ type: 'exportChosen', choice: { step: 'personal', value } })
      }
    />
  );
}
