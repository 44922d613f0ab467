/** The export screen walks through these steps in order; Esc goes back one. */
export type ExportStep =
  | 'format'
  | 'split'
  | 'seed'
  | 'include'
  | 'stratify'
  | 'group'
  | 'balance'
  | 'leakage'
  | 'personal'
  | 'confirm'
  | 'writing'
  | 'done'
  | 'failed';

/** Steps the user chooses in, in order. */
export const CHOICE_STEPS: readonly ExportStep[] = [
  'format',
  'split',
  'seed',
  'include',
  'stratify',
  'group',
  'balance',
  'leakage',
  'personal',
  'confirm',
];

export type IncludeChoice = 'accepted' | 'all';

/** Whether writing goes ahead when examples leak across splits (`--allow-leakage`). */
export type LeakageChoice = 'refuse' | 'allow';

/**
 * What writing does with personal-data hits nobody reviewed, confident enough to count: refuse
 * (the default), redact them (`--redact`) or let them through (`--allow-pii`).
 */
export type PersonalDataChoice = 'refuse' | 'redact' | 'allow';

/** The group choice that keeps near-duplicate clusters whole (`--group-near`) rather than a field. */
export const NEAR_DUPLICATE_GROUPS = ':near-duplicates';

/** What the export would write with the current choices, or why it cannot. */
export type PlanPreview =
  | {
      ok: true;
      written: { train: number; validation: number; test: number };
      excluded: Readonly<Record<string, number>>;
      refused: number;
      firstRefusal?: string;
      /** Sets of examples on both sides of a split boundary, and the first described. */
      leaks?: { count: number; first: string };
      /** The split report's lines after the sizes: method, groups, classes, frozen test. */
      splitReport: string[];
    }
  | { ok: false; reason: string };

/** The export form: choices made so far, then the write's progress and outcome. */
export interface ExportState {
  step: ExportStep;
  format: string;
  split: string;
  seed: number;
  include: IncludeChoice;
  /** A field or derived value whose classes every split mirrors; '' for none. */
  stratify: string;
  /** A field whose values stay in one split, or NEAR_DUPLICATE_GROUPS; '' for none. */
  group: string;
  /** Train-only resampling: `over:FIELD`, `under:FIELD`, or '' for none. */
  balance: string;
  leakage: LeakageChoice;
  personal: PersonalDataChoice;
  /** Overwrite files that already exist (chosen after a write refused to). */
  force: boolean;
  /** The plan for these choices; null until worked out (it takes a while on a large file). */
  plan: PlanPreview | null;
  /** How far working out the plan has got, 0..1. */
  planned: number;
  progress: { done: number; total: number };
  files: readonly string[];
  counts: Readonly<Record<string, number>>;
  message: string | null;
}

export const DEFAULT_SEED = 42;

export function initialExportState(): ExportState {
  return {
    step: 'format',
    format: 'openai-chat',
    split: '80/10/10',
    seed: DEFAULT_SEED,
    include: 'accepted',
    stratify: '',
    group: '',
    balance: '',
    leakage: 'refuse',
    personal: 'refuse',
    force: false,
    plan: null,
    planned: 0,
    progress: { done: 0, total: 0 },
    files: [],
    counts: {},
    message: null,
  };
}

/** The form's choices, without its progress: what an export is written with. */
export type FormChoices = Pick<
  ExportState,
  | 'format'
  | 'split'
  | 'seed'
  | 'include'
  | 'stratify'
  | 'group'
  | 'balance'
  | 'leakage'
  | 'personal'
>;

/** The form's choices out of its state. */
export function formChoices(state: ExportState): FormChoices {
  const { format, split, seed, include, stratify, group, balance, leakage, personal } = state;
  return { format, split, seed, include, stratify, group, balance, leakage, personal };
}

/** A choice made on one step of the form. */
export type ExportChoice =
  | { step: 'format'; value: string }
  | { step: 'split'; value: string }
  | { step: 'seed'; value: number }
  | { step: 'include'; value: IncludeChoice }
  | { step: 'stratify'; value: string }
  | { step: 'group'; value: string }
  | { step: 'balance'; value: string }
  | { step: 'leakage'; value: LeakageChoice }
  | { step: 'personal'; value: PersonalDataChoice };

/** Records a choice and moves to the step after it. */
export function chooseExport(state: ExportState, choice: ExportChoice): ExportState {
  const next = CHOICE_STEPS[CHOICE_STEPS.indexOf(choice.step) + 1] ?? 'confirm';
  return {
    ...state,
    [choice.step]: choice.value,
    step: next,
    message: null,
    plan: null,
    planned: 0,
  };
}

/** The step before this one, or undefined when leaving the screen is what back means. */
export function previousExportStep(state: ExportState): ExportStep | undefined {
  if (state.step === 'writing') return 'writing';
  if (state.step === 'done') return undefined;
  if (state.step === 'failed') return 'confirm';
  const index = CHOICE_STEPS.indexOf(state.step);
  return index > 0 ? CHOICE_STEPS[index - 1] : undefined;
}
