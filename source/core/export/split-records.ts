import type { Example } from '../example.js';
import { combineGroups, groupsByField } from '../split/groups.js';
import { findLeakage, type LeakageReport } from '../split/leakage.js';
import { planSplits } from '../split/plan-splits.js';
import { type ResampleMode, resampleTrain } from '../split/resample.js';
import type { SplitAssignment, SplitItem, SplitReport, SplitSize } from '../split/split-types.js';
import { type StratifyContext, strataOf } from '../split/strata.js';
import { isRefusal, type Refusal, refusal } from './refusal.js';

/** Rebalancing of the train split by one field's classes. */
export interface BalanceChoice {
  field: string;
  mode: ResampleMode;
  /** Smallest class over largest after resampling, in (0, 1]. */
  targetRatio: number;
}

/** How an export arranges its splits: sizes and seed, then classes, groups and a frozen test. */
export type ExportSplitOptions = SplitSize & {
  seed: number;
  /** A field or derived value (see `strataOf`) whose classes every split should mirror. */
  stratify?: string;
  /** A field whose values (conversation, user, document...) must not straddle splits. */
  group?: string;
  /** Near-duplicate clusters of example ids: checked for leakage, and kept whole when `groupNear`. */
  nearDuplicates?: readonly (readonly string[])[];
  /** How the near-duplicate clusters were found, for the manifest. */
  nearDuplicateParams?: Readonly<Record<string, unknown>>;
  groupNear?: boolean;
  /** Example ids recorded by `--freeze-test`: they stay in test, new data goes elsewhere. */
  frozenTest?: ReadonlySet<string>;
  balance?: BalanceChoice;
  /** How derived classes are worked out (decisions, lengths). */
  context?: StratifyContext;
};

/** What resampling did to train, for the preview and the manifest. */
export interface ResampleSummary extends BalanceChoice {
  before: Record<string, number>;
  after: Record<string, number>;
  added: number;
  removed: number;
}

/** Record keys per split (train after any resampling), with the reports a person checks. */
export interface RecordSplit extends SplitAssignment {
  report: SplitReport;
  leakage: LeakageReport;
  resample?: ResampleSummary;
}

/** A record to place: the group it must stay with and the example it came from. */
export interface PlacedRecord {
  group: string;
  example: Example;
}

/**
 * Splits an export's records. The planner works on records (a preference example may write
 * several), always keeping a record group (a prompt's pairs) whole; field groups and near-duplicate
 * clusters, given by example, join every record of their examples. Leakage is checked per example.
 */
export function splitRecords(
  records: ReadonlyMap<string, PlacedRecord>,
  options: ExportSplitOptions,
): RecordSplit | Refusal {
  const keysByExample = new Map<string, string[]>();
  const keysByGroup = new Map<string, string[]>();
  const exampleById = new Map<string, Example>();
  for (const [key, { group, example }] of records) {
    pushTo(keysByExample, example.id, key);
    pushTo(keysByGroup, group, key);
    exampleById.set(example.id, example);
  }
  const examples = [...exampleById.values()];
  const keysOf = (ids: readonly string[]) => ids.flatMap((id) => keysByExample.get(id) ?? []);
  const fieldGroups = options.group ? groupsByField(examples, options.group) : undefined;
  const groupOf = combineGroups(
    keysByGroup.values(),
    [...(fieldGroups?.values() ?? [])].map(keysOf),
    options.groupNear ? (options.nearDuplicates ?? []).map(keysOf) : [],
  );
  const classOf = options.stratify
    ? strataOf(examples, options.stratify, options.context)
    : undefined;
  const items: SplitItem[] = [...records].map(([key, { example }]) => {
    const group = groupOf.get(key);
    const stratum = classOf?.get(example.id);
    return {
      id: key,
      ...(group !== undefined && { group }),
      ...(stratum !== undefined && { stratum }),
    };
  });
  const plan = planSplits(items, { ...options, frozenTest: frozenKeys(options, keysByExample) });
  if (isRefusal(plan)) return plan;
  const exampleOf = (key: string) => records.get(key)!.example.id;
  const byExample = (keys: readonly string[]) => {
    const ids = new Set<string>();
    for (const key of keys) ids.add(exampleOf(key));
    return [...ids];
  };
  const leakage = findLeakage(
    {
      train: byExample(plan.train),
      validation: byExample(plan.validation),
      test: byExample(plan.test),
    },
    examples,
    {
      ...(options.nearDuplicates && { nearDuplicates: options.nearDuplicates }),
      ...(fieldGroups && { groups: fieldGroups }),
    },
  );
  const split: RecordSplit = {
    train: plan.train,
    validation: plan.validation,
    test: plan.test,
    report: plan.report,
    leakage,
  };
  if (!options.balance) return split;
  const balance = options.balance;
  const classes = strataOf(examples, balance.field, options.context);
  const resampled = resampleTrain(plan.train, (key) => classes.get(exampleOf(key))!, {
    mode: balance.mode,
    targetRatio: balance.targetRatio,
    seed: options.seed,
  });
  if (isRefusal(resampled)) return refusal(`--balance: ${resampled.reason}`);
  const { ids, ...counts } = resampled;
  return { ...split, train: ids, resample: { ...balance, ...counts } };
}

/**
 * The frozen example ids as record keys. Frozen ids with no record now (no longer accepted, or
 * gone) are passed as they are, so the planner counts them as missing.
 */
function frozenKeys(
  options: ExportSplitOptions,
  keysByExample: ReadonlyMap<string, readonly string[]>,
): ReadonlySet<string> | undefined {
  if (!options.frozenTest) return undefined;
  return new Set([...options.frozenTest].flatMap((id) => keysByExample.get(id) ?? [id]));
}

/** The example ids a split holds, for recording a frozen test set. */
export function exampleIdsOf(
  keys: readonly string[],
  records: ReadonlyMap<string, PlacedRecord>,
): string[] {
  return [...new Set(keys.map((key) => records.get(key)?.example.id ?? key))].sort();
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
