/** The PII screen's rows of the keymap table, and the key that opens it. */
import { type Binding, bind as row } from './binding.js';

export const PII_BINDINGS = {
  piiDown: row('pii', 'Move', ['j', 'down'], 'Next hit'),
  piiUp: row('pii', 'Move', ['k', 'up'], 'Previous hit'),
  piiRedact: row(
    'pii',
    'Decide',
    ['x'],
    "Redact this hit at export (with the export's operator), then go to the next unreviewed hit",
    'redact',
  ),
  piiKeep: row(
    'pii',
    'Decide',
    ['a'],
    'Keep this hit as it is, then go to the next unreviewed hit',
    'keep',
  ),
  piiAllow: row(
    'pii',
    'Decide',
    ['A'],
    "Allow-list this value everywhere (the store's allow-list: it is not personal data), as one undo step",
    'allow-list',
  ),
  piiRedactType: row(
    'pii',
    'Decide',
    ['X'],
    'Redact every hit of this type in this example, as one undo step',
    'redact type',
  ),
  piiUndo: row('pii', 'Decide', ['u', 'backspace'], 'Undo the last change', 'undo'),
  piiRedo: row('pii', 'Decide', ['ctrl+r'], 'Redo what the last undo took back'),
  showPii: row(
    'global',
    'Screens',
    ['P'],
    'PII screen: personal-data hits, found in the background, one decision each',
    'pii',
  ),
} as const satisfies Record<string, Binding>;
