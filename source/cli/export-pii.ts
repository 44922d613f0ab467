import type { DecisionState } from '../core/decision.js';
import type { Example } from '../core/example.js';
import {
  type GatedExample,
  gateExample,
  type ManifestPii,
  type PendingHit,
  type PiiPolicy,
  summarizePii,
} from '../core/export/pii-policy.js';
import type { PlacedRecord } from '../core/export/split-records.js';
import { createAllowList } from '../core/pii/allow-list.js';
import { ExportError } from '../io/write-export.js';
import { problemLine } from './report-errors.js';

/** Unreviewed hits named in the refusal before the rest are counted. */
const PENDING_SHOWN = 5;

/** Applies the policy to every example, in order; the examples passed in are not changed. */
export function gateExamples(
  examples: readonly Example[],
  decisionOf: (id: string) => DecisionState,
  policy: PiiPolicy,
): GatedExample[] {
  const allowList = createAllowList(policy.allow);
  return examples.map((example) => gateExample(example, decisionOf(example.id), policy, allowList));
}

function pendingLine(hit: PendingHit): string {
  return problemLine({
    file: hit.file,
    ...(hit.line !== undefined && { line: hit.line }),
    reason: `${hit.id} ${hit.field}: ${hit.type} (${hit.confidence})`,
  });
}

/** Where a person refused for personal data finds every hit, and what else they can choose. */
export interface PiiRemedy {
  /** What lists every hit. */
  lister: string;
  /** How to review them. */
  review: string;
  choices: string;
}

/** What `winnow export` suggests. */
export const CLI_PII_REMEDY: PiiRemedy = {
  lister: 'winnow pii',
  review: 'with winnow pii',
  choices: 'export with --redact or --allow-pii',
};

/**
 * What the policy did to the examples the plan writes. Throws, naming where, when the policy
 * refuses and some of them hold unreviewed hits at or above the threshold.
 */
export function piiOutcome(
  gated: readonly GatedExample[],
  records: ReadonlyMap<string, PlacedRecord>,
  policy: PiiPolicy,
  remedy: PiiRemedy = CLI_PII_REMEDY,
): ManifestPii {
  const ids = new Set<string>();
  for (const record of records.values()) ids.add(record.example.id);
  const written = gated.filter((entry) => ids.has(entry.example.id));
  const pending: PendingHit[] = [];
  for (const example of written) pending.push(...example.pending);
  if (policy.unreviewed === 'refuse' && pending.length > 0) {
    const examples = new Set(pending.map((hit) => hit.id)).size;
    const types = [...new Set(pending.map((hit) => hit.type))].sort().join(', ');
    const shown = pending.slice(0, PENDING_SHOWN).map(pendingLine);
    const more = pending.length - shown.length;
    throw new ExportError(
      `${pending.length} unreviewed personal-data hits (${types}) in ${examples} examples at ` +
        `confidence ${policy.threshold} or more; nothing was written\n` +
        shown.join('\n') +
        (more > 0 ? `\n… and ${more} more (${remedy.lister} lists them all)` : '') +
        `\nreview them ${remedy.review}, or ${remedy.choices}`,
    );
  }
  return summarizePii(written, policy);
}

/** One line for the export summary: what was redacted, kept and let through. */
export function piiSummaryLine(pii: ManifestPii): string {
  const redacted = Object.entries(pii.redactedByType).map(([type, n]) => `${n} ${type}`);
  const parts = [`redacted ${redacted.join(', ') || 'nothing'} (${pii.operator})`];
  if (pii.kept > 0) parts.push(`kept ${pii.kept} by decision`);
  if (pii.allowedUnreviewed > 0) parts.push(`${pii.allowedUnreviewed} unreviewed let through`);
  return `personal data: ${parts.join('; ')}`;
}
