import type { Key } from 'ink';
import { markKeyPressed } from '../effects/key-activity.js';
import type { ActionName } from '../keymap/bindings.js';
import { keyNameOf, singleKey, typedText } from '../keymap/key-names.js';
import type { KeyResolver } from '../keymap/keymap.js';
import { activeScopes } from './active-scopes.js';
import type { CommandContext, CommandTable } from './command.js';
import { DATASET_COMMANDS } from './dataset-commands.js';
import { DIALOG_COMMANDS } from './dialog-commands.js';
import { DUPLICATES_COMMANDS } from './duplicates-commands.js';
import { JUDGE_COMMANDS } from './judge-commands.js';
import { PII_COMMANDS } from './pii-commands.js';
import { REVIEW_COMMANDS } from './review-commands.js';
import { SCREEN_COMMANDS } from './screen-commands.js';
import { STATS_COMMANDS } from './stats-commands.js';

/** Every action's command: the compiler checks that none is missing. */
export const COMMANDS: CommandTable<ActionName> = {
  ...REVIEW_COMMANDS,
  ...DIALOG_COMMANDS,
  ...SCREEN_COMMANDS,
  ...STATS_COMMANDS,
  ...JUDGE_COMMANDS,
  ...DUPLICATES_COMMANDS,
  ...PII_COMMANDS,
  ...DATASET_COMMANDS,
};

/**
 * The one key handler: names the key, resolves it against the active scopes, and runs the command
 * or types the text. A notice from the previous key is cleared first.
 */
export function handleKey(
  context: CommandContext,
  resolver: KeyResolver,
  input: string,
  key: Key,
): void {
  const { ui } = context;
  const scopes = activeScopes(ui.getState());
  const characters = [...input];
  // Keys typed quickly (or batched by SSH or tmux) reach Ink as one string: "jjj" is three moves.
  // In a text field the string is a paste and stays whole.
  if (characters.length > 1 && isPlainText(key) && !acceptsText(resolver, scopes, input)) {
    for (const character of characters) handleKey(context, resolver, ...singleKey(character, key));
    return;
  }
  markKeyPressed();
  if (ui.getState().notice !== null) ui.dispatch({ type: 'notice', text: null });
  const typed = typedText(input, key);
  const resolution = resolver.resolve(scopes, keyNameOf(input, key), typed);
  if (resolution.kind === 'action') COMMANDS[resolution.action](context, resolution.key);
  else if (resolution.kind === 'text') ui.dispatch({ type: 'typed', text: typed });
}

function isPlainText(key: Key): boolean {
  return !(
    key.ctrl ||
    key.meta ||
    key.escape ||
    key.return ||
    key.tab ||
    key.backspace ||
    key.delete
  );
}

function acceptsText(resolver: KeyResolver, scopes: ReturnType<typeof activeScopes>, text: string) {
  return resolver.resolve(scopes, undefined, text).kind === 'text';
}
