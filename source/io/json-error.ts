import { messageOf } from '../core/error-message.js';
import { jsonSyntaxErrorOffset } from './json-syntax-offset.js';

/** A JSON.parse failure in plain words, and where in the text it happened when that is known. */
export interface JsonErrorDescription {
  reason: string;
  /** Offset in UTF-16 units. */
  offset?: number;
}

const POSITIONED = /^(.*?)(?: in JSON)? at position (\d+)/s;
/** V8 quotes the text (or a piece of it) after the reason: `Unexpected token 'x', "..." is not...`. */
const QUOTED_TEXT = /, (?:\.\.\.)?".*$/s;
const CONTROL_CHARACTER = /[\u0000-\u001f]/g;

/** Describes a JSON.parse error: V8's reason without its quote of the text, plus the error's offset. */
export function describeJsonError(error: unknown, text: string): JsonErrorDescription {
  const message = messageOf(error);
  const positioned = POSITIONED.exec(message);
  const reason = (positioned?.[1] ?? message.replace(QUOTED_TEXT, '')).replace(
    CONTROL_CHARACTER,
    (char) => JSON.stringify(char).slice(1, -1),
  );
  const offset = positioned ? Number(positioned[2]) : jsonSyntaxErrorOffset(text);
  return offset === undefined ? { reason } : { reason, offset };
}

/** The 1-based line and column of a UTF-16 offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
