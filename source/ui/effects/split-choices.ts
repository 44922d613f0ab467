import type { SplitChoices } from '../../cli/export-split.js';
import { isRefusal } from '../../core/export/refusal.js';
import { type ExportState, NEAR_DUPLICATE_GROUPS } from '../state/export-state.js';
import { parseSplitEntry } from '../state/split-entry.js';

/** The parts of the export form that arrange the splits. */
export type SplitForm = Pick<ExportState, 'split' | 'seed' | 'stratify' | 'group'> &
  Partial<Pick<ExportState, 'balance'>>;

/**
 * The export command's split choices for the form, so the preview and the write both go through
 * `exportSplitOptions` and agree; the store's frozen test set, when there is one, stays in test.
 * A typed `val=N,test=N` becomes counts; a split the parser refuses is passed on for the export
 * core to refuse with the same message.
 */
export function splitChoicesOf(form: SplitForm, frozenTest?: ReadonlySet<string>): SplitChoices {
  const near = form.group === NEAR_DUPLICATE_GROUPS;
  const [mode, field] = (form.balance ?? '').split(':');
  const entry = parseSplitEntry(form.split);
  return {
    split: form.split,
    ...(!isRefusal(entry) && entry),
    seed: form.seed,
    ...(form.stratify && { stratify: form.stratify }),
    ...(form.group && !near && { group: form.group }),
    ...(near && { groupNear: true }),
    ...(field && { balance: field, oversample: mode === 'over', undersample: mode === 'under' }),
    ...(frozenTest && { frozenTest }),
  };
}

/** The store's frozen test ids as a set, or undefined when no test set is frozen. */
export function frozenTestSet(
  frozen: { readonly ids: readonly string[] } | undefined,
): ReadonlySet<string> | undefined {
  return frozen && new Set(frozen.ids);
}
