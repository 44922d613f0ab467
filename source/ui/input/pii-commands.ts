import type { ActionName } from '../keymap/bindings.js';
import type { PII_BINDINGS } from '../keymap/pii-bindings.js';
import type { CommandTable } from './command.js';

type PiiActionName = keyof typeof PII_BINDINGS & ActionName;

export const PII_COMMANDS: CommandTable<PiiActionName> = {
  piiDown: ({ ui }) => ui.dispatch({ type: 'pii', change: { type: 'piiMoved', by: 1 } }),
  piiUp: ({ ui }) => ui.dispatch({ type: 'pii', change: { type: 'piiMoved', by: -1 } }),
  piiRedact: ({ pii }) => pii.decideHit('redact'),
  piiKeep: ({ pii }) => pii.decideHit('keep'),
  piiAllow: ({ pii }) => pii.allowValue(),
  piiRedactType: ({ pii }) => pii.redactType(),
  piiUndo: ({ effects }) => effects.undo(),
  piiRedo: ({ effects }) => effects.redo(),
  showPii: ({ ui }) => ui.dispatch({ type: 'screenShown', screen: 'pii' }),
};
