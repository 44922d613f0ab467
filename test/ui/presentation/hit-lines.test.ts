import { describe, expect, it } from 'vitest';
import type { PiiHit } from '../../../source/core/pii/index.js';
import { hitContextLines, hitRowText } from '../../../source/ui/presentation/hit-lines.js';
import type { PiiHitRow } from '../../../source/ui/state/pii-state.js';

function rowFor(text: string, value: string, type: PiiHit['type'] = 'email'): PiiHitRow {
  const start = text.indexOf(value);
  const hit: PiiHit = {
    type,
    start,
    end: start + value.length,
    value,
    confidence: 1,
    check: 'pattern',
  };
  return { position: 0, id: 'abc', path: ['text'], key: `text@${start}:${type}`, hit };
}

const joined = (lines: ReturnType<typeof hitContextLines>['lines']) =>
  lines.map((line) => line.map((segment) => segment.text).join(''));

describe('the PII screen text', () => {
  it.each([
    {
      status: 'unreviewed',
      value: 'jane.doe@mail.test',
      row: '· email         ****.***@****.test',
    },
    { status: 'redact', value: 'jane.doe@mail.test', row: '✗ email         ****.***@****.test' },
    { status: 'allowed', value: 'help@x.test', row: '○ email         ****@*.**st' },
  ] as const)('lists a $status hit with its value masked', ({ status, value, row }) => {
    expect(hitRowText(rowFor(`write to ${value}`, value), status, 60)).toBe(row);
  });

  it('brackets the hit and finds the line it starts on', () => {
    const text = `${'word '.repeat(30)}call +1 415 555 0123 now`;
    const { lines, hitLine } = hitContextLines(text, rowFor(text, '+1 415 555 0123', 'phone'), 40);
    expect(joined(lines)[hitLine]).toContain('[+1');
    expect(joined(lines).join(' ')).toContain('[+1 415 555 0123]');
    expect(lines.every((line) => line.map((s) => s.text).join('').length <= 40)).toBe(true);
  });

  it('shows control sequences in the text as visible escapes', () => {
    const text = 'red \u001B[31mtext\u001B[0m to ann@mail.test';
    const { lines } = hitContextLines(text, rowFor(text, 'ann@mail.test'), 80);
    const shown = joined(lines).join('\n');
    expect(shown).not.toContain('\u001B');
    expect(shown).toContain('[ann@mail.test]');
  });
});
