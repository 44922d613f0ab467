// An esbuild plugin for Ink 6.8 and its ANSI tokenizer, for the cost of a frame. Ink makes a new
// Output, with empty caches, for every frame, and measures every text node's width afresh, so each
// frame re-tokenised and re-measured every styled line on screen (about 9 ms of a 14 ms frame at
// 120x40). Sharing the caches across frames, and measuring through Ink's own cached measureText,
// makes the lines a key press did not change free; the other patches make the changed lines and
// the grid of cells cheaper. `npm run bench` (bench/ui.ts) measures the result.
import { readFile } from 'node:fs/promises';

/** Lines remembered before the output caches start over: a few screens' worth. */
const LIMIT = 20_000;

const PATCHES = [
  {
    file: /[\\/]ink[\\/]build[\\/]output\.js$/,
    find: 'caches = new OutputCaches();',
    replace: 'caches = framesCaches();',
    append: `
let sharedCaches;
function framesCaches() {
  if (!sharedCaches || sharedCaches.styledChars.size > ${LIMIT}) sharedCaches = new OutputCaches();
  return sharedCaches;
}
`,
  },
  {
    // Every empty cell is the same frozen object: 4,800 fewer objects per 120x40 frame to collect.
    file: /[\\/]ink[\\/]build[\\/]output\.js$/,
    find: `row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });`,
    replace: 'row.push(BLANK_CELL);',
    append: `
const NO_STYLES = Object.freeze([]);
const BLANK_CELL = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: NO_STYLES });
`,
  },
  {
    // A line of unstyled printable ASCII is made of shared cells, one per character code, with no
    // tokenizing: most of a detail pane's text.
    file: /[\\/]ink[\\/]build[\\/]output\.js$/,
    find: 'cached = styledCharsFromTokens(tokenize(line));',
    replace: 'cached = plainAsciiCells(line) ?? styledCharsFromTokens(tokenize(line));',
    append: `
const PLAIN_CELLS = [];
function plainAsciiCells(line) {
    const cells = new Array(line.length);
    for (let index = 0; index < line.length; index++) {
        const code = line.charCodeAt(index);
        if (code < 0x20 || code > 0x7e) return undefined;
        cells[index] = PLAIN_CELLS[code] ??= Object.freeze({ type: 'char', value: line[index], fullWidth: false, styles: NO_STYLES });
    }
    return cells;
}
`,
  },
  {
    // A line's characters share one styles array per run of the same style, and a row is turned
    // into text with a style diff only where the style changes, not for every character.
    file: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
    find: 'styles: [...codes],',
    replace: 'styles: codes,',
    append: '',
  },
  {
    file: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
    find: `        else {
            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));
        }`,
    replace: `        else {
            const before = chars[i - 1].styles;
            if (before !== char.styles && (before.length > 0 || char.styles.length > 0)) {
                ret += ansiCodesToString(diffAnsiCodes(before, char.styles));
            }
        }`,
    append: '',
  },
  {
    // Intl.Segmenter costs ~35 µs for an 80-column line; a line of printable ASCII (and escape
    // sequences) has one grapheme per character, so it is split by index instead.
    file: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
    find: 'for (const { segment, index } of segmenter.segment(str)) {',
    replace: 'for (const { segment, index } of graphemesOf(str)) {',
    append: `
function graphemesOf(str) {
    for (let index = 0; index < str.length; index++) {
        const code = str.charCodeAt(index);
        if ((code < 0x20 && code !== 0x1b) || code > 0x7e) return segmenter.segment(str);
    }
    const graphemes = new Array(str.length);
    for (let index = 0; index < str.length; index++) graphemes[index] = { segment: str[index], index };
    return graphemes;
}
`,
  },
  {
    file: /[\\/]ink[\\/]build[\\/]render-node-to-output\.js$/,
    find: 'const currentWidth = widestLine(text);',
    replace: 'const currentWidth = measureText(text).width;',
    append: "\nimport measureText from './measure-text.js';\n",
  },
];

export const inkSharedCaches = {
  name: 'ink-shared-caches',
  setup(build) {
    // esbuild takes the first onLoad that answers for a file, so a file's patches go together.
    const files = [...new Set(PATCHES.map((patch) => patch.file.source))];
    for (const file of files) {
      const patches = PATCHES.filter((patch) => patch.file.source === file);
      build.onLoad({ filter: new RegExp(file) }, async (args) => {
        let contents = await readFile(args.path, 'utf8');
        for (const patch of patches) {
          if (!contents.includes(patch.find)) {
            throw new Error(
              `ink-shared-caches: ${args.path} changed; review the plugin for this Ink`,
            );
          }
          contents = contents.replace(patch.find, patch.replace) + patch.append;
        }
        return { contents, loader: 'js' };
      });
    }
  },
};
