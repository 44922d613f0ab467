import type { DecisionEffects } from '../effects/decision-effects.js';
import type { PiiEffects } from '../effects/pii-effects.js';
import type { ActionName } from '../keymap/bindings.js';
import type { KeyName } from '../keymap/key-names.js';
import type { Keymap } from '../keymap/keymap.js';
import type { UiStore } from '../state/ui-store.js';

/** What a command may touch: the UI state, the store's effects, the keymap, and quitting. */
export interface CommandContext {
  ui: UiStore;
  effects: DecisionEffects;
  pii: PiiEffects;
  keymap: Keymap;
  /** Flushes the store and ends the app. */
  quit(): void;
}

/** What one action does when its key is pressed; `key` is the key that was (digits carry a value). */
export type Command = (context: CommandContext, key: KeyName) => void;

/** Commands for some of the actions. */
export type CommandTable<A extends ActionName = ActionName> = Record<A, Command>;
