/**
 * The balance warnings and size guidance the stats screen shows for the field it counts by,
 * through the same core as `winnow stats`, remembered until the examples, decisions or field change.
 */
import type { Example } from '../../core/example.js';
import { balanceReport } from '../../core/split/balance.js';
import { sizeGuidance } from '../../core/split/size-guidance.js';
import type { DecisionTable } from './decision-table.js';
import { REVIEW_LABELS, STATUS_FIELD, textLengths } from './stats-view.js';

/** Two lines for the stats screen: imbalance and warnings, then size guidance. */
export interface BalanceNotes {
  balance: string;
  size: string;
}

/** The screen's own fields as the split core names them. */
const CORE_FIELD: Readonly<Record<string, string>> = {
  [STATUS_FIELD]: 'decision',
  [REVIEW_LABELS]: 'label',
};

/** The field the split core derives classes from for a field the stats screen counts by. */
export function coreFieldOf(field: string): string {
  return CORE_FIELD[field] ?? field;
}

let last: { examples: unknown; decisions: unknown; field: string; notes: BalanceNotes } | undefined;

/** The notes for `field`; recomputed only when the examples, the decisions or the field change. */
export function balanceNotes(
  examples: readonly Example[],
  decisions: DecisionTable,
  field: string,
): BalanceNotes {
  if (last?.examples === examples && last.decisions === decisions && last.field === field) {
    return last.notes;
  }
  const notes = computeNotes(examples, decisions, field);
  last = { examples, decisions, field, notes };
  return notes;
}

function computeNotes(
  examples: readonly Example[],
  decisions: DecisionTable,
  field: string,
): BalanceNotes {
  if (examples.length === 0) return { balance: '', size: '' };
  const at = new Map(examples.map((example, index) => [example.id, index]));
  const lengths = textLengths(examples);
  const report = balanceReport(examples, coreFieldOf(field), undefined, {
    decisionOf: (id) => decisions.get(at.get(id) ?? -1),
    lengthOf: (example) => lengths[at.get(example.id) ?? -1] ?? 0,
  });
  const [first, ...others] = report.warnings;
  const ratio = Math.round(report.imbalanceRatio * 10) / 10;
  const warning = first
    ? ` · ! ${first.message}${others.length > 0 ? ` (+${others.length} more: winnow stats)` : ''}`
    : ' · no balance warnings';
  const small = report.guidance.filter((g) => g.level === 'below-minimum');
  const total = report.guidance.reduce((sum, g) => sum + g.length, 0);
  const whole = sizeGuidance('all', report.overall.total, total, report.lengths.unit).message;
  const under =
    small.length > 0 ? ` · ${small.length} of ${report.classes.length} classes under 10` : '';
  return {
    balance: `imbalance ${ratio} (largest class over smallest)${warning}`,
    size: `size: ${whole}${under}`,
  };
}
