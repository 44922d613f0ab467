import { type AllowList, EMPTY_ALLOW_LIST } from './allow-list.js';
import { readContext } from './context.js';
import { resolveOverlaps } from './overlaps.js';
import type { PiiHit, PiiType } from './pii-types.js';
import { countDigits, mayHoldPii } from './prefilter.js';
import type { Candidate } from './recognizer.js';
import { RECOGNIZERS } from './recognizers/index.js';

/** How the detector runs. */
export interface PiiOptions {
  /** Only these types (default: all). */
  types?: readonly PiiType[];
  /** Values the store has declared not personal. */
  allowList?: AllowList;
  /** Hits scoring below this after context are dropped (default 0.4). */
  minConfidence?: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.4;
/** The most digits a recognizer asks for (a card number's 13), so counting stops there. */
const MOST_DIGITS_NEEDED = Math.max(...RECOGNIZERS.map((r) => r.minDigits ?? 0));

/** Added when a supporting word is near (Presidio's context similarity factor is 0.35). */
export const CONTEXT_BOOST = 0.3;
/** Taken away when a counter word ("order", "ISBN", "invoice") sits right before a number. */
export const COUNTER_PENALTY = 0.4;

const round = (value: number) => Math.round(value * 100) / 100;

function scored(text: string, candidate: Candidate): PiiHit | undefined {
  const { supported, countered } = readContext(
    text,
    candidate.type,
    candidate.start,
    candidate.end,
  );
  if (candidate.needsContext && !supported) return undefined;
  const confidence =
    candidate.confidence + (supported ? CONTEXT_BOOST : 0) - (countered ? COUNTER_PENALTY : 0);
  const { needsContext: _, ...hit } = candidate;
  return { ...hit, confidence: round(Math.min(1, Math.max(0, confidence))) };
}

/**
 * A URL around a more specific hit (a password, an address, an email) gives way to it, so the
 * reviewer sees what the link leaks and redaction keeps the rest of the link readable.
 */
function withoutEnclosingUrls(hits: readonly PiiHit[]): PiiHit[] {
  return hits.filter(
    (url) =>
      url.type !== 'url' ||
      !hits.some(
        (inner) => inner.type !== 'url' && inner.start >= url.start && inner.end <= url.end,
      ),
  );
}

/**
 * Finds personal data and secrets in one text. Hits do not overlap (a URL yields to what it
 * contains; otherwise the more confident of two colliding spans wins, then the longer) and come in
 * text order; offsets are UTF-16 indexes into `text`.
 */
export function detectPii(text: string, options: PiiOptions = {}): PiiHit[] {
  if (!mayHoldPii(text)) return [];
  const allowList = options.allowList ?? EMPTY_ALLOW_LIST;
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const wanted = options.types ? new Set(options.types) : undefined;
  const digits = countDigits(text, MOST_DIGITS_NEEDED);
  const hits: PiiHit[] = [];
  for (const recognizer of RECOGNIZERS) {
    if (wanted && !wanted.has(recognizer.type)) continue;
    if ((recognizer.minDigits ?? 0) > digits) continue;
    for (const candidate of recognizer.find(text)) {
      const hit = scored(text, candidate);
      if (hit && hit.confidence >= minConfidence && !allowList.allows(hit)) hits.push(hit);
    }
  }
  return resolveOverlaps(withoutEnclosingUrls(hits));
}
