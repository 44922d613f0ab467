import type { DecisionState, PiiDecision } from '../core/decision.js';
import type { Example } from '../core/example.js';
import {
  createAllowList,
  detectInExample,
  formatFieldPath,
  hitKey,
  maskedForDisplay,
  PII_TYPES,
  type PiiCheck,
  type PiiType,
} from '../core/pii/index.js';

/** One hit as `winnow pii` shows it: where, what (masked, never raw) and what was decided. */
export interface ListedHit {
  id: string;
  file: string;
  line?: number;
  field: string;
  key: string;
  type: PiiType;
  subtype?: string;
  masked: string;
  confidence: number;
  check: PiiCheck;
  decision: PiiDecision | 'unreviewed';
}

/** What the scan looks for. */
export interface ListingOptions {
  types?: readonly PiiType[];
  minConfidence?: number;
  allow: readonly string[];
}

/** Every hit in the examples, in data order, with the decision recorded for it. */
export function listHits(
  examples: readonly Example[],
  decisionOf: (id: string) => DecisionState,
  options: ListingOptions,
): ListedHit[] {
  const allowList = createAllowList(options.allow);
  const detect = {
    allowList,
    ...(options.types && { types: options.types }),
    ...(options.minConfidence !== undefined && { minConfidence: options.minConfidence }),
  };
  return examples.flatMap((example) => {
    const decided = decisionOf(example.id).pii ?? {};
    const { file, line } = example.source;
    return detectInExample(example, detect).flatMap(({ path, hits }) =>
      hits.map((hit): ListedHit => {
        const key = hitKey(path, hit);
        return {
          id: example.id,
          file,
          ...(line !== undefined && { line }),
          field: formatFieldPath(path),
          key,
          type: hit.type,
          ...(hit.subtype !== undefined && { subtype: hit.subtype }),
          masked: maskedForDisplay(hit.type, hit.value),
          confidence: hit.confidence,
          check: hit.check,
          decision: decided[key] ?? 'unreviewed',
        };
      }),
    );
  });
}

/** Hits and unreviewed hits per type, in the detector's type order, types without hits left out. */
export function countByType(
  hits: readonly ListedHit[],
): { type: PiiType; hits: number; unreviewed: number }[] {
  return PII_TYPES.map((type) => {
    const ofType = hits.filter((hit) => hit.type === type);
    const unreviewed = ofType.filter((hit) => hit.decision === 'unreviewed').length;
    return { type, hits: ofType.length, unreviewed };
  }).filter((row) => row.hits > 0);
}

/** Parses `--types email,phone`; a string names the first unknown type. */
export function parseTypes(text: string): PiiType[] | string {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.find((name) => !(PII_TYPES as readonly string[]).includes(name));
  if (unknown !== undefined)
    return `unknown type '${unknown}'; choose from ${PII_TYPES.join(', ')}`;
  return names as PiiType[];
}
