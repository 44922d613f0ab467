import { expect, it } from 'vitest';
import type { ExampleDraft, SourceRef } from '../../../source/core/example.js';
import type { DraftBody, FormatMapper } from '../../../source/core/formats/mapper.js';

export const SOURCE: SourceRef = { file: 'data.jsonl', line: 3 };

/** A record and the draft it must map to (without `id`, `format` and `source`, which are always set). */
export interface MapCase {
  name: string;
  record: Record<string, unknown>;
  expected: DraftBody;
}

/** A record and the exact reason its mapping must fail with. */
export interface FailCase {
  name: string;
  record: Record<string, unknown>;
  reason: string;
}

/** Runs a mapper's tables: each record maps to its exact draft, or fails with its exact reason. */
export function checkMapper(
  mapper: FormatMapper,
  cases: readonly MapCase[],
  failures: readonly FailCase[],
): void {
  it.each(cases)('maps $name', ({ record, expected }) => {
    const draft: ExampleDraft = {
      id: '',
      ...expected,
      format: mapper.name,
      source: SOURCE,
    } as ExampleDraft;
    expect(mapper.matches(record)).toBe(true);
    expect(mapper.map(record, SOURCE)).toStrictEqual(draft);
  });
  if (failures.length === 0) return;
  it.each(failures)('fails on $name', ({ record, reason }) => {
    expect(mapper.map(record, SOURCE)).toStrictEqual({ reason });
  });
}
