import { sanitize } from '../text/sanitize.js';
import { displayWidth } from '../text/width.js';
import { wrap } from '../text/wrap.js';
import type { DiffRun, DiffSide } from './word-diff.js';

/** A piece of a diff line and where it comes from; markers are part of the text. */
export interface DiffSegment {
  text: string;
  side: DiffSide;
}

/** One terminal line of a word diff. */
export type DiffLine = DiffSegment[];

/** Text put around each side's words, so they stand out without colour too. */
export type SideMarkers = Readonly<Record<DiffSide, readonly [string, string]>>;

/** git's word-diff markers, so the diff reads the same without colour. */
const MARKERS: SideMarkers = {
  both: ['', ''],
  a: ['[-', '-]'],
  b: ['{+', '+}'],
};

const PIECES = /\n|[^\S\n]+|[^\s]+/g;

/** Tokens of a run with its markers around the words only, so spacing stays outside them. */
function markedPieces(run: DiffRun, markers: SideMarkers): DiffSegment[] {
  const text = sanitize(run.text);
  const [open, close] = markers[run.side];
  const pieces = text.match(PIECES) ?? [];
  const first = pieces.findIndex((piece) => /\S/.test(piece));
  const last = pieces.findLastIndex((piece) => /\S/.test(piece));
  return pieces.map((piece, index) => ({
    text: `${index === first ? open : ''}${piece}${index === last ? close : ''}`,
    side: run.side,
  }));
}

class DiffLineBuilder {
  readonly lines: DiffLine[] = [];
  private line: DiffLine = [];
  private used = 0;
  private spaces: DiffSegment | null = null;

  constructor(private readonly width: number) {}

  add(segment: DiffSegment): void {
    if (segment.text === '\n') {
      this.break();
      return;
    }
    if (!/\S/.test(segment.text)) {
      this.spaces = segment;
      return;
    }
    for (const piece of wrap(segment.text, this.width)) this.word({ ...segment, text: piece });
  }

  private word(segment: DiffSegment): void {
    const gap = this.spaces === null || this.used === 0 ? 0 : displayWidth(this.spaces.text);
    const width = displayWidth(segment.text);
    if (this.used > 0 && this.used + gap + width > this.width) this.break();
    else if (gap > 0 && this.spaces !== null) this.line.push(this.spaces);
    this.spaces = null;
    this.line.push(segment);
    this.used += (this.used === 0 ? 0 : gap) + width;
  }

  break(): void {
    this.lines.push(this.line);
    this.line = [];
    this.used = 0;
    this.spaces = null;
  }

  finish(): DiffLine[] {
    if (this.line.length > 0 || this.lines.length === 0) this.break();
    return this.lines;
  }
}

/**
 * A word diff wrapped to `width`: A's words as `[-…-]`, B's as `{+…+}`, shared text plain; every
 * line fits `width`. Spaces at a break are dropped, as in the other panes.
 */
export function diffLines(
  runs: readonly DiffRun[],
  width: number,
  markers: SideMarkers = MARKERS,
): DiffLine[] {
  const builder = new DiffLineBuilder(Math.max(1, width));
  for (const run of runs) for (const segment of markedPieces(run, markers)) builder.add(segment);
  return builder.finish();
}
