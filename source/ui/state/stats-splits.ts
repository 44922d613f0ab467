/**
 * The stats screen's per-split view: the counted field's classes in train, validation and test as
 * the export screen's current choices would split them, worked out in the background.
 */
import type { Example } from '../../core/example.js';
import type { BalanceReport } from '../../core/split/balance.js';
import type { SplitMethod } from '../../core/split/split-types.js';
import type { ExampleTokens } from '../../core/tokens/index.js';
import type { DecisionTable } from './decision-table.js';
import type { ExportState } from './export-state.js';
import { splitsLayout } from './stats-layout.js';
import { currentField } from './stats-view.js';
import type { UiState } from './ui-state.js';

/** The export form's choices that decide which examples are split, and how. */
export type SplitFormChoices = Pick<
  ExportState,
  'format' | 'include' | 'split' | 'seed' | 'stratify' | 'group' | 'balance'
>;

/** Everything the per-split view depends on: when any of it changes, it is worked out again. */
export interface SplitBalanceRequest {
  examples: readonly Example[];
  decisions: DecisionTable;
  field: string;
  choices: SplitFormChoices;
  /** Token counts by dataset position once all are counted; lengths are characters until then. */
  tokens: readonly ExampleTokens[] | null;
}

/** The field's balance over the export's examples and splits, or why there is no split. */
export type SplitBalance =
  | {
      ok: true;
      report: BalanceReport;
      /** Examples the export would write. */
      examples: number;
      method: SplitMethod;
    }
  | { ok: false; reason: string };

export interface StatsSplitsState {
  /** The table counts the field per split rather than per status. */
  shown: boolean;
  /** What `result` was worked out for. */
  request: SplitBalanceRequest | null;
  result: SplitBalance | null;
  /** How far the work for the latest request has got, 0..1. */
  progress: number;
}

export const INITIAL_STATS_SPLITS: StatsSplitsState = {
  shown: false,
  request: null,
  result: null,
  progress: 0,
};

/** What the key and the background job report (as `{ type: 'statsSplits' }`). */
export type StatsSplitsAction =
  | { type: 'splitViewToggled' }
  | { type: 'splitBalanceProgressed'; fraction: number }
  | { type: 'splitBalanceComputed'; request: SplitBalanceRequest; result: SplitBalance };

let lastRequest: SplitBalanceRequest | undefined;

/**
 * The request for the state as it is now: the same object as last time while nothing it depends on
 * has changed, so a view can tell a new request by identity.
 */
export function splitBalanceRequest(state: UiState): SplitBalanceRequest {
  const { format, include, split, seed, stratify, group, balance } = state.export;
  const { tokens } = state.curation;
  const request = {
    examples: state.examples,
    decisions: state.decisions,
    field: currentField(state),
    choices: { format, include, split, seed, stratify, group, balance },
    tokens: tokens.phase === 'done' ? tokens.counts : null,
  };
  if (lastRequest === undefined || !sameRequest(lastRequest, request)) lastRequest = request;
  return lastRequest;
}

/** The parts of a request that decide the split itself (not which field is counted). */
export function sameSplit(a: SplitBalanceRequest, b: SplitBalanceRequest): boolean {
  const choices = Object.keys(a.choices) as (keyof SplitFormChoices)[];
  return (
    a.examples === b.examples &&
    a.decisions === b.decisions &&
    choices.every((key) => a.choices[key] === b.choices[key])
  );
}

export function sameRequest(a: SplitBalanceRequest, b: SplitBalanceRequest): boolean {
  return sameSplit(a, b) && a.field === b.field && a.tokens === b.tokens;
}

/** The per-split balance for the state as it is now, or null while it is being worked out. */
export function currentSplitBalance(state: UiState): SplitBalance | null {
  const { request, result } = state.statsSplits;
  return request !== null && sameRequest(request, splitBalanceRequest(state)) ? result : null;
}

/** Class rows of the per-split table past the first screenful: how far it can scroll. */
export function splitsScrollMax(state: UiState): number {
  const balance = currentSplitBalance(state);
  if (!balance?.ok) return 0;
  const { classes, warnings } = balance.report;
  return Math.max(
    0,
    classes.length - splitsLayout(state.viewport, classes.length, warnings.length).tableRows,
  );
}

export function reduceStatsSplits(state: UiState, action: StatsSplitsAction): UiState {
  const splits = state.statsSplits;
  switch (action.type) {
    case 'splitViewToggled':
      return {
        ...state,
        stats: { ...state.stats, top: 0 },
        statsSplits: { ...splits, shown: !splits.shown },
      };
    case 'splitBalanceProgressed':
      return { ...state, statsSplits: { ...splits, progress: action.fraction } };
    case 'splitBalanceComputed':
      return {
        ...state,
        statsSplits: { ...splits, request: action.request, result: action.result, progress: 1 },
      };
  }
}
