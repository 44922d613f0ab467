/**
 * One name per key, so the keymap table, the user's keys.json and the dispatcher all speak the same
 * words: a printable character stands for itself (`a`, `G`, `/`), other keys have lower-case names
 * (`down`, `pagedown`, `space`, `shift+tab`, `ctrl+r`).
 */
import type { Key } from 'ink';

/** A key as the keymap names it. */
export type KeyName = string;

/** Keys that are not a printable character, with how hints and help show them. */
const NAMED_KEYS: Readonly<Record<string, string>> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  'shift+left': 'Shift+←',
  'shift+right': 'Shift+→',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  escape: 'Esc',
  tab: 'Tab',
  'shift+tab': 'Shift+Tab',
  backspace: 'Backspace',
  space: 'Space',
};

const CTRL_KEY = /^ctrl\+([a-z])$/;

/** True when `name` is a key this module can produce: one printable character, a named key or ctrl+letter. */
export function isKeyName(name: string): boolean {
  if (name in NAMED_KEYS || CTRL_KEY.test(name)) return true;
  return [...name].length === 1 && name > ' ' && name !== '\u007F';
}

/** How a key is shown to a person: `Ctrl+R`, `PgDn`, `↓`, or the character itself. */
export function displayKey(name: KeyName): string {
  const named = NAMED_KEYS[name];
  if (named !== undefined) return named;
  const ctrl = CTRL_KEY.exec(name);
  return ctrl ? `Ctrl+${ctrl[1]!.toUpperCase()}` : name;
}

/**
 * The name of the key Ink reported, or undefined for keys the workbench never binds (function keys,
 * pasted text longer than one character). Ink reports the Backspace key of most terminals (DEL,
 * 0x7f) as `delete`; both mean backspace here.
 */
export function keyNameOf(input: string, key: Key): KeyName | undefined {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return key.shift ? 'shift+left' : 'left';
  if (key.rightArrow) return key.shift ? 'shift+right' : 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'enter';
  if (key.escape) return 'escape';
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl && /^[a-z]$/.test(input)) return `ctrl+${input}`;
  if (input === ' ') return 'space';
  if ([...input].length === 1 && input >= ' ') return input;
  return undefined;
}

/** The text a key types into a text field: printable characters only (a paste arrives whole). */
export function typedText(input: string, key: Key): string {
  if (key.ctrl || key.meta || key.escape || key.return || key.tab) return '';
  return input.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
}

/**
 * One character of a batch of keys that reached Ink as one string ("\t\t", "jj\r"), with the
 * key flags Ink would have given it alone, so Tab, Enter, Backspace and Ctrl+letter survive batching.
 */
export function singleKey(character: string, batch: Key): [string, Key] {
  const plain = { ...batch, tab: false, return: false, backspace: false, ctrl: false };
  if (character === '\t') return [character, { ...plain, tab: true }];
  if (character === '\r' || character === '\n') return [character, { ...plain, return: true }];
  if (character === '\u007F' || character === '\b') return ['', { ...plain, backspace: true }];
  const code = character.charCodeAt(0);
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...plain, ctrl: true }];
  return [character, plain];
}
