/**
 * The stats screen's per-split balance: the examples the export screen's choices would write,
 * split exactly as its plan splits them (the same record placement and split options), then the
 * counted field's balance over those splits through the core `winnow stats --split` uses.
 * Placing records runs in slices, so keys never wait for it; the split is kept while only the
 * counted field or the token counts change.
 */
import type { DecisionState } from '../../core/decision.js';
import { isOutputFormat } from '../../core/export/output-formats.js';
import { isRefusal } from '../../core/export/refusal.js';
import { splitRecords } from '../../core/export/split-records.js';
import { balanceReport } from '../../core/split/balance.js';
import type { SplitAssignment, SplitMethod } from '../../core/split/split-types.js';
import { coreFieldOf } from '../state/balance-view.js';
import {
  type SplitBalance,
  type SplitBalanceRequest,
  sameRequest,
  sameSplit,
  splitBalanceRequest,
} from '../state/stats-splits.js';
import { textLengths } from '../state/stats-view.js';
import type { UiStore } from '../state/ui-store.js';
import { placeRecords, planSplitting } from './plan-preview.js';

/** A split of the export's examples by example id, kept for the next field counted. */
interface ExampleSplit {
  assignment: SplitAssignment;
  examples: SplitBalanceRequest['examples'];
  method: SplitMethod;
  decisionOf(id: string): DecisionState;
}

type Failure = Extract<SplitBalance, { ok: false }>;

/** Works out the per-split balance the stats screen asks for. */
export interface SplitBalanceJob {
  /**
   * Works out `request` and reports it as `splitBalanceComputed`, unless the state moves on from
   * it or a newer run starts first.
   */
  run(request: SplitBalanceRequest, frozenTest?: ReadonlySet<string>): Promise<void>;
}

/**
 * Long enough for Ink (30 frames a second) to draw "computing…" before work that holds the main
 * thread: the split core and the balance report each take a few hundred milliseconds on 100k.
 */
const FRAME_MS = 40;

const drawFirst = () => new Promise((resolve) => setTimeout(resolve, FRAME_MS));

/** The last split, and each field's balance over it (for the token counts it was measured with). */
interface Kept {
  request: SplitBalanceRequest;
  split: ExampleSplit | Failure;
  balances: Map<string, { tokens: SplitBalanceRequest['tokens']; balance: SplitBalance }>;
}

export function createSplitBalanceJob(ui: UiStore): SplitBalanceJob {
  let runs = 0;
  let kept: Kept | undefined;
  const progressed = (fraction: number) =>
    ui.dispatch({ type: 'statsSplits', change: { type: 'splitBalanceProgressed', fraction } });
  return {
    async run(request, frozenTest) {
      const run = ++runs;
      const current = () =>
        run === runs && sameRequest(request, splitBalanceRequest(ui.getState()));
      if (kept === undefined || !sameSplit(kept.request, request)) {
        progressed(0);
        const split = await splitExamples(request, frozenTest, current, progressed);
        if (split === undefined) return;
        kept = { request, split, balances: new Map() };
      }
      const result = await balanceFor(kept, request, current);
      if (result === undefined || !current()) return;
      ui.dispatch({
        type: 'statsSplits',
        change: { type: 'splitBalanceComputed', request, result },
      });
    },
  };
}

/** The field's balance over the kept split: remembered, or worked out once a frame is drawn. */
async function balanceFor(
  kept: Kept,
  request: SplitBalanceRequest,
  current: () => boolean,
): Promise<SplitBalance | undefined> {
  const { split, balances } = kept;
  if ('reason' in split) return split;
  const known = balances.get(request.field);
  if (known?.tokens === request.tokens) return known.balance;
  await drawFirst();
  if (!current()) return undefined;
  const balance = balanceOf(request, split);
  balances.set(request.field, { tokens: request.tokens, balance });
  return balance;
}

async function splitExamples(
  request: SplitBalanceRequest,
  frozenTest: ReadonlySet<string> | undefined,
  current: () => boolean,
  progressed: (fraction: number) => void,
): Promise<ExampleSplit | Failure | undefined> {
  const { examples, decisions, choices } = request;
  if (!isOutputFormat(choices.format))
    return { ok: false, reason: `unknown format ${choices.format}` };
  // Resampling copies or drops train examples after the split; the view shows the split itself.
  const form = { ...choices, format: choices.format, balance: '' };
  const planning = planSplitting(examples, decisions, form, frozenTest);
  if (!('options' in planning)) return planning;
  const records = await placeRecords(examples, decisions, form, current, progressed);
  if (records === undefined) return undefined;
  await drawFirst();
  if (!current()) return undefined;
  const { options, decisionOf } = planning;
  const planned = splitRecords(records.placed, {
    ...options,
    context: { decisionOf, ...options.context },
  });
  if (isRefusal(planned)) return { ok: false, reason: planned.reason };
  const exampleOf = (key: string) => records.placed.get(key)?.example.id ?? key;
  const byExample = (keys: readonly string[]) => [...new Set(keys.map(exampleOf))];
  const included = new Map(
    [...records.placed.values()].map(({ example }) => [example.id, example]),
  );
  return {
    assignment: {
      train: byExample(planned.train),
      validation: byExample(planned.validation),
      test: byExample(planned.test),
    },
    examples: [...included.values()],
    method: planned.report.method,
    decisionOf,
  };
}

/** The counted field's balance over the split, lengths in tokens once they are all counted. */
function balanceOf(request: SplitBalanceRequest, split: ExampleSplit): SplitBalance {
  const at = new Map(request.examples.map((example, index) => [example.id, index]));
  const characters = textLengths(request.examples);
  const { tokens } = request;
  const report = balanceReport(split.examples, coreFieldOf(request.field), split.assignment, {
    decisionOf: split.decisionOf,
    lengthOf: (example) => {
      const index = at.get(example.id) ?? -1;
      return (tokens ? tokens[index]?.total : characters[index]) ?? 0;
    },
    lengthUnit: tokens ? 'tokens' : 'characters',
  });
  return { ok: true, report, examples: split.examples.length, method: split.method };
}
