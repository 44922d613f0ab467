/** Each ASCII code as `comparableText` keeps it: letters in lower case, digits, and 0 for a gap. */
const FOLDED = new Uint8Array(128);
for (let code = 48; code <= 57; code++) FOLDED[code] = code;
for (let code = 97; code <= 122; code++) FOLDED[code] = code;
for (let code = 65; code <= 90; code++) FOLDED[code] = code + 32;

const SPACE = 32;
const HEX_DIGITS = new Uint8Array([...'0123456789abcdef'].map((digit) => digit.charCodeAt(0)));
const nibble = (value: number, shift: number) => HEX_DIGITS[(value >>> shift) & 15]!;
const FNV_PRIME = 0x01000193;

/**
 * A digest of text as `comparableText` folds it (lower case, each run of other characters one
 * space, no space at either end), fed in pieces without building the folded string. Two 32-bit
 * FNV-1a lanes with different offsets make 64 bits, so keys of a million texts stay apart.
 */
export class ComparableKeyStream {
  private low = 0x811c9dc5;
  private high = FNV_PRIME ^ 0x9e3779b9;
  private started = false;
  private gap = false;
  private pieces = 0;

  /**
   * Feeds a piece as if the pieces were joined by `\n`. Returns false, leaving the stream unusable,
   * when the piece holds a non-ASCII character: those need Unicode normalisation first.
   */
  add(piece: string): boolean {
    // Every character of a dataset passes here: the state lives in locals for the loop.
    let { low, high, started, gap } = this;
    if (this.pieces++ > 0) gap = started;
    for (let i = 0; i < piece.length; i++) {
      const code = piece.charCodeAt(i);
      if (code >= 128) return false;
      const folded = FOLDED[code]!;
      if (folded === 0) {
        gap = started;
        continue;
      }
      if (gap) {
        low = Math.imul(low ^ SPACE, FNV_PRIME);
        high = Math.imul(high ^ SPACE, FNV_PRIME) ^ (low >>> 15);
      }
      low = Math.imul(low ^ folded, FNV_PRIME);
      high = Math.imul(high ^ folded, FNV_PRIME) ^ (low >>> 15);
      started = true;
      gap = false;
    }
    this.low = low;
    this.high = high;
    this.started = started;
    this.gap = gap;
    return true;
  }

  /** Feeds text already folded (`comparableText`'s Unicode path), every code unit as it is. */
  addFolded(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      this.low = Math.imul(this.low ^ code, FNV_PRIME);
      this.high = Math.imul(this.high ^ code, FNV_PRIME) ^ (this.low >>> 15);
    }
  }

  /** The digest as 16 hex characters, spelled out: `toString(16)` and `padStart` cost twice as much. */
  key(): string {
    const { high, low } = this;
    return String.fromCharCode(
      nibble(high, 28),
      nibble(high, 24),
      nibble(high, 20),
      nibble(high, 16),
      nibble(high, 12),
      nibble(high, 8),
      nibble(high, 4),
      nibble(high, 0),
      nibble(low, 28),
      nibble(low, 24),
      nibble(low, 20),
      nibble(low, 16),
      nibble(low, 12),
      nibble(low, 8),
      nibble(low, 4),
      nibble(low, 0),
    );
  }
}
