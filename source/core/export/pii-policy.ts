import type { DecisionState } from '../decision.js';
import type { Example } from '../example.js';
import { type AllowList, createAllowList } from '../pii/allow-list.js';
import { detectInExample, hitKey } from '../pii/detect-example.js';
import { formatFieldPath } from '../pii/example-fields.js';
import type { FieldHits, PiiHit, PiiType } from '../pii/pii-types.js';
import { type RedactionOperator, redactExample } from '../pii/redact.js';

/** What an export does with hits nobody reviewed: refuse to write, redact them, or let them through. */
export type UnreviewedPii = 'refuse' | 'redact' | 'allow';

/** The operators a person can choose for export redaction. */
export const EXPORT_OPERATORS = ['replace', 'mask', 'hash'] as const;
export type ExportOperator = (typeof EXPORT_OPERATORS)[number];

/** Default confidence at or above which an unreviewed hit stops an export. */
export const DEFAULT_PII_THRESHOLD = 0.6;

/** How an export treats personal data. */
export interface PiiPolicy {
  unreviewed: UnreviewedPii;
  /** Unreviewed hits scoring at least this are refused or redacted; weaker ones pass. */
  threshold: number;
  operator: ExportOperator;
  /** The store's allow-list entries. */
  allow: readonly string[];
  /** The store's salt, required by the `hash` operator. */
  salt?: string;
  /** The `mask` operator's settings: characters left at the end (default 4) and the mask character. */
  mask?: { keep?: number; char?: string };
}

/** An unreviewed hit at or above the threshold left as it is, where a person can find it. */
export interface PendingHit {
  id: string;
  file: string;
  line?: number;
  field: string;
  type: PiiType;
  confidence: number;
}

/** What the policy did to one example. */
export interface GatedExample {
  example: Example;
  redacted: Partial<Record<PiiType, number>>;
  kept: number;
  pending: PendingHit[];
}

function operatorOf(policy: PiiPolicy): RedactionOperator {
  if (policy.operator === 'mask') return { kind: 'mask', ...policy.mask };
  if (policy.operator !== 'hash') return { kind: policy.operator };
  if (policy.salt === undefined) throw new Error('The hash operator needs the store salt.');
  return { kind: 'hash', salt: policy.salt };
}

/**
 * Applies reviewed decisions (`redact` with the policy's operator, `keep` as is) and, under
 * `redact`, the operator to unreviewed hits at or above the threshold; otherwise those are
 * reported as pending (for `refuse` to stop on, for `allow` to count). The example passed in is not changed.
 * Pass `allowList`, compiled once from `policy.allow`, when gating many examples.
 */
export function gateExample(
  example: Example,
  decision: DecisionState,
  policy: PiiPolicy,
  allowList: AllowList = createAllowList(policy.allow),
): GatedExample {
  const fields = detectInExample(example, { allowList });
  const redacted: Partial<Record<PiiType, number>> = {};
  const pending: PendingHit[] = [];
  let kept = 0;
  const toRedact: FieldHits[] = [];
  for (const { path, hits } of fields) {
    const chosen: PiiHit[] = [];
    for (const hit of hits) {
      const reviewed = decision.pii?.[hitKey(path, hit)];
      const strong = hit.confidence >= policy.threshold;
      if (reviewed === 'keep') kept++;
      else if (reviewed === 'redact' || (strong && policy.unreviewed === 'redact')) {
        chosen.push(hit);
        redacted[hit.type] = (redacted[hit.type] ?? 0) + 1;
      } else if (strong) {
        const { file, line } = example.source;
        const where = { id: example.id, file, field: formatFieldPath(path) };
        pending.push({
          ...where,
          ...(line !== undefined && { line }),
          type: hit.type,
          confidence: hit.confidence,
        });
      }
    }
    if (chosen.length > 0) toRedact.push({ path, hits: chosen });
  }
  if (toRedact.length === 0) return { example, redacted, kept, pending };
  const operator = operatorOf(policy);
  return { example: redactExample(example, toRedact, () => operator), redacted, kept, pending };
}

/** The manifest's record of the PII policy and what it did to the examples written. */
export interface ManifestPii {
  unreviewed: UnreviewedPii;
  threshold: number;
  operator: ExportOperator;
  /** The mask operator's settings, when it was used with any. */
  mask?: { keep?: number; char?: string };
  allowListEntries: number;
  redactedByType: Record<string, number>;
  kept: number;
  /** Unreviewed hits at or above the threshold written as they are (`--allow-pii`). */
  allowedUnreviewed: number;
}

/** Sums what the policy did over the examples an export writes. */
export function summarizePii(gated: Iterable<GatedExample>, policy: PiiPolicy): ManifestPii {
  const redactedByType: Record<string, number> = {};
  let kept = 0;
  let allowedUnreviewed = 0;
  for (const example of gated) {
    for (const [type, count] of Object.entries(example.redacted)) {
      redactedByType[type] = (redactedByType[type] ?? 0) + (count ?? 0);
    }
    kept += example.kept;
    allowedUnreviewed += example.pending.length;
  }
  return {
    unreviewed: policy.unreviewed,
    threshold: policy.threshold,
    operator: policy.operator,
    ...(policy.operator === 'mask' && policy.mask && { mask: policy.mask }),
    allowListEntries: policy.allow.length,
    redactedByType: Object.fromEntries(Object.entries(redactedByType).sort()),
    kept,
    allowedUnreviewed,
  };
}
