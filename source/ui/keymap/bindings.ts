/**
 * The one keymap table: every action, its default keys, what it does, where it applies and the group
 * help lists it under. Key handling, footer hints, the help overlay and the README table all read it.
 */
import { DATASET_BINDINGS } from './dataset-bindings.js';
import { DUPLICATES_BINDINGS } from './duplicates-bindings.js';
import { JUDGE_BINDINGS } from './judge-bindings.js';
import { PII_BINDINGS } from './pii-bindings.js';

export type { Binding, Category } from './binding.js';

import { type Binding, bind } from './binding.js';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Default bindings, keyed by action name. */
export const DEFAULT_BINDINGS = {
  moveDown: bind('review', 'Move', ['j', 'down'], 'Next example'),
  moveUp: bind('review', 'Move', ['k', 'up'], 'Previous example'),
  pageDown: bind('review', 'Move', ['pagedown'], 'Page down'),
  pageUp: bind('review', 'Move', ['pageup'], 'Page up'),
  moveFirst: bind('review', 'Move', ['g', 'home'], 'First example'),
  moveLast: bind('review', 'Move', ['G', 'end'], 'Last example'),
  scrollDetailDown: bind('review', 'Move', ['J'], 'Scroll the detail pane down', 'scroll'),
  scrollDetailUp: bind('review', 'Move', ['K'], 'Scroll the detail pane up'),
  accept: bind('review', 'Decide', ['a'], 'Accept, then go to the next pending example', 'accept'),
  reject: bind('review', 'Decide', ['x'], 'Reject, then go to the next pending example', 'reject'),
  skip: bind(
    'review',
    'Decide',
    ['s', 'space'],
    'Skip, then go to the next pending example',
    'skip',
  ),
  undo: bind(
    'review',
    'Decide',
    ['u', 'backspace'],
    'Undo the last change (unlimited, kept across restarts)',
    'undo',
  ),
  redo: bind('review', 'Decide', ['ctrl+r'], 'Redo what the last undo took back'),
  label: bind(
    'review',
    'Annotate',
    ['l'],
    'Label: pick one from the data or type a new one',
    'label',
  ),
  note: bind(
    'review',
    'Annotate',
    ['n'],
    'Write a note (while a search is active, n is next match)',
    'note',
  ),
  flag: bind('review', 'Annotate', ['f'], 'Flag or unflag', 'flag'),
  search: bind('review', 'Search and filter', ['/'], 'Search the text', 'search'),
  nextFilter: bind(
    'review',
    'Search and filter',
    ['tab'],
    'Filter: all, pending, accepted, rejected, skipped, flagged',
    'filter',
  ),
  previousFilter: bind('review', 'Search and filter', ['shift+tab'], 'Previous filter'),
  nextMatch: bind('search-results', 'Search and filter', ['n'], 'Next match', 'next match'),
  previousMatch: bind('search-results', 'Search and filter', ['N'], 'Previous match', 'previous'),
  clearSearch: bind(
    'search-results',
    'Search and filter',
    ['escape'],
    'End the search',
    'end search',
  ),
  nextField: bind('stats', 'Screens', ['tab', 'right'], 'Count by the next field', 'next field'),
  previousField: bind('stats', 'Screens', ['shift+tab', 'left'], 'Count by the previous field'),
  scrollStatsDown: bind('stats', 'Move', ['j', 'down'], 'Scroll the table down', 'scroll'),
  scrollStatsUp: bind('stats', 'Move', ['k', 'up'], 'Scroll the table up'),
  toggleSplitView: bind(
    'stats',
    'Screens',
    ['p'],
    'Count the field per split (train/validation/test, as the export screen’s choices split it), or by status again',
    'per split',
  ),
  exportBack: bind(
    'export',
    'Dialogs',
    ['escape'],
    'Previous step (from the first, back to review); lists take ↑/↓, j/k, Enter, 1–9',
    'back',
  ),
  closeHelp: bind('help', 'Dialogs', ['escape'], 'Close help', 'close'),
  scrollHelpDown: bind('help', 'Move', ['j', 'down'], 'Scroll help down'),
  scrollHelpUp: bind('help', 'Move', ['k', 'up'], 'Scroll help up'),
  pickerDown: bind('label-picker', 'Dialogs', ['down'], 'Highlight the next label'),
  pickerUp: bind('label-picker', 'Dialogs', ['up'], 'Highlight the previous label'),
  pickerConfirm: bind(
    'label-picker',
    'Dialogs',
    ['enter'],
    'Add the typed label, or toggle the highlighted one',
    'choose',
  ),
  pickerCancel: bind('label-picker', 'Dialogs', ['escape'], 'Close the picker', 'cancel'),
  pickerErase: bind('label-picker', 'Dialogs', ['backspace'], 'Erase a character'),
  chooseNumberedLabel: bind(
    'label-digits',
    'Dialogs',
    DIGITS,
    'Toggle the label with that number (typing any other key starts a new label)',
    'toggle',
  ),
  promptConfirm: bind('prompt', 'Dialogs', ['enter'], 'Confirm', 'confirm'),
  promptCancel: bind('prompt', 'Dialogs', ['escape'], 'Cancel', 'cancel'),
  promptErase: bind('prompt', 'Dialogs', ['backspace'], 'Erase a character'),
  ...JUDGE_BINDINGS,
  ...DUPLICATES_BINDINGS,
  ...PII_BINDINGS,
  ...DATASET_BINDINGS,
  showReview: bind('global', 'Screens', ['R'], 'Review screen'),
  showStats: bind('global', 'Screens', ['S'], 'Stats screen', 'stats'),
  showExport: bind('global', 'Screens', ['E'], 'Export screen', 'export'),
  back: bind('global', 'Screens', ['escape'], 'Back to the review screen'),
  help: bind('global', 'Screens', ['?'], 'Show or hide help', 'help'),
  quit: bind(
    'global',
    'Screens',
    ['q', 'ctrl+c'],
    'Quit: saves, then restores the terminal (in a text prompt, Ctrl+C only)',
    'quit',
  ),
} as const satisfies Record<string, Binding>;

/** Every action the keymap knows. */
export type ActionName = keyof typeof DEFAULT_BINDINGS;

/** Action names in table order. */
export const ACTION_NAMES = Object.keys(DEFAULT_BINDINGS) as ActionName[];
