import type { PiiType } from './pii-types.js';
import { replacementFor } from './redact.js';

/**
 * A hit's value as lists show it, masked so a listing does not spread it further: short values
 * show fewer characters, so a masked SSN or PIN does not give most of it away.
 */
export function maskedForDisplay(type: PiiType, value: string): string {
  const keep = value.length >= 12 ? 4 : 2;
  return replacementFor({ type, value }, { kind: 'mask', keep });
}
