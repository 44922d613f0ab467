/**
 * Works out what an export would write, through the export core's own per-example rule, in slices
 * with a yield between them: on a large file this takes seconds, and keys must not wait for it.
 */
import { exportSplitOptions } from '../../cli/export-split.js';
import { resampleText } from '../../cli/export-summary.js';
import { type DecisionState, PENDING } from '../../core/decision.js';
import type { Example } from '../../core/example.js';
import { isOutputFormat, type OutputFormat } from '../../core/export/output-formats.js';
import { exampleOutput } from '../../core/export/plan-export.js';
import { isRefusal } from '../../core/export/refusal.js';
import {
  type ExportSplitOptions,
  type PlacedRecord,
  splitRecords,
} from '../../core/export/split-records.js';
import { describeFinding, describeSplitReport } from '../../core/split/describe.js';
import { leakageKeys } from '../../core/split/leakage-keys.js';
import type { SplitReport } from '../../core/split/split-types.js';
import { ExportError } from '../../io/write-export.js';
import type { DecisionTable } from '../state/decision-table.js';
import type { ExportState, PlanPreview } from '../state/export-state.js';
import { strataText } from '../state/strata-text.js';
import type { UiStore } from '../state/ui-store.js';
import { type SplitForm, splitChoicesOf } from './split-choices.js';

/** Examples worked through between yields to the event loop. */
const SLICE = 500;

const yieldToKeys = () => new Promise((resolve) => setImmediate(resolve));

/** The inputs a plan depends on: when any of them changes, a plan in progress is abandoned. */
function planInputs(ui: UiStore) {
  const { examples, decisions, export: form } = ui.getState();
  return { examples, decisions, form };
}

/** The records an export would write, by key, and what it would leave out and why. */
export interface PlacedRecords {
  placed: Map<string, PlacedRecord>;
  excluded: Record<string, number>;
  refused: number;
  firstRefusal?: string;
}

/**
 * Each example's records through the export core's per-example rule, in slices; undefined when
 * `current` says the work is no longer wanted.
 */
export async function placeRecords(
  examples: readonly Example[],
  decisions: DecisionTable,
  form: Pick<ExportState, 'include'> & { format: OutputFormat },
  current: () => boolean,
  onProgress: (fraction: number) => void,
): Promise<PlacedRecords | undefined> {
  const records: PlacedRecords = { placed: new Map(), excluded: {}, refused: 0 };
  const { placed, excluded } = records;
  for (let start = 0; start < examples.length; start += SLICE) {
    const end = Math.min(examples.length, start + SLICE);
    for (let index = start; index < end; index++) {
      const context = { decision: decisions.get(index), include: form.include, options: {} };
      const output = exampleOutput(examples[index]!, form.format, context);
      if (output.type === 'excluded') excluded[output.reason] = (excluded[output.reason] ?? 0) + 1;
      else if (output.type === 'refused') {
        records.refused += 1;
        records.firstRefusal ??= output.reason;
      } else {
        const example = examples[index]!;
        for (const { key, group } of output.records) placed.set(key, { group, example });
        // Worked out here, in slices, so the split's leakage check finds them ready.
        leakageKeys(example);
      }
    }
    await yieldToKeys();
    if (!current()) return undefined;
    onProgress(end / examples.length);
  }
  return records;
}

async function computePlan(
  ui: UiStore,
  examples: readonly Example[],
  decisions: DecisionTable,
  form: ExportState & { format: OutputFormat },
  split: SplitPlanning,
  current: () => boolean,
): Promise<PlanPreview | undefined> {
  const records = await placeRecords(examples, decisions, form, current, (fraction) =>
    ui.dispatch({ type: 'exportPlanProgressed', fraction }),
  );
  if (records === undefined) return undefined;
  const { placed, excluded, refused, firstRefusal } = records;
  const { options, decisionOf } = split;
  const planned = splitRecords(placed, {
    ...options,
    context: { decisionOf, ...options.context },
  });
  if (isRefusal(planned)) return { ok: false, reason: planned.reason };
  const [firstLeak] = planned.leakage.findings;
  const leaks = firstLeak && {
    leaks: { count: planned.leakage.findings.length, first: describeFinding(firstLeak) },
  };
  const written = {
    train: planned.train.length,
    validation: planned.validation.length,
    test: planned.test.length,
  };
  return {
    ok: true,
    written,
    excluded,
    refused,
    ...(firstRefusal ? { firstRefusal } : {}),
    ...leaks,
    splitReport: [
      ...splitReportLines(planned.report),
      ...(planned.resample ? [`train resampled: ${resampleText(planned.resample)}`] : []),
    ],
  };
}

/** The split report after the sizes the plan already states, with each class's counts. */
function splitReportLines(report: SplitReport): string[] {
  const lines = describeSplitReport(report).slice(1);
  const classes = strataText(report.strata);
  return classes === undefined ? lines : [...lines, classes];
}

/** The export core's split options for the form, and the review state strata are read from. */
export interface SplitPlanning {
  options: ExportSplitOptions;
  decisionOf(id: string): DecisionState;
}

/** The same split options `winnow export` would use, or why there are none. */
export function planSplitting(
  examples: readonly Example[],
  decisions: DecisionTable,
  form: SplitForm & Pick<ExportState, 'include'> & { format: OutputFormat },
  frozenTest: ReadonlySet<string> | undefined,
): SplitPlanning | { ok: false; reason: string } {
  const indexOf = new Map(examples.map((example, index) => [example.id, index]));
  const decisionOf = (id: string) => {
    const index = indexOf.get(id);
    return index === undefined ? PENDING : decisions.get(index);
  };
  const scope = { examples, decisionOf, include: form.include, format: form.format };
  try {
    return { options: exportSplitOptions(splitChoicesOf(form, frozenTest), scope), decisionOf };
  } catch (error) {
    if (error instanceof ExportError) return { ok: false, reason: error.message };
    throw error;
  }
}

/**
 * Works out the plan for the export form as it is now and reports it as `exportPlanned`; gives up
 * when the data, the decisions or the form change, or a newer preview starts (`isLatest`).
 */
export async function previewExportPlan(
  ui: UiStore,
  isLatest: () => boolean,
  frozenTest?: ReadonlySet<string>,
): Promise<void> {
  const start = planInputs(ui);
  const current = () => {
    const now = planInputs(ui);
    return (
      isLatest() &&
      now.examples === start.examples &&
      now.decisions === start.decisions &&
      now.form.step === 'confirm' &&
      now.form.plan === null
    );
  };
  const { form } = start;
  let plan: PlanPreview | undefined;
  if (!isOutputFormat(form.format)) plan = { ok: false, reason: `unknown format ${form.format}` };
  else {
    const chosen = { ...form, format: form.format };
    const split = planSplitting(start.examples, start.decisions, chosen, frozenTest);
    plan =
      'options' in split
        ? await computePlan(ui, start.examples, start.decisions, chosen, split, current)
        : split;
  }
  if (plan !== undefined && current()) ui.dispatch({ type: 'exportPlanned', plan });
}
