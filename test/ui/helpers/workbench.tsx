import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { DecisionStore } from '../../../source/store/store.js';
import { App } from '../../../source/ui/app/app.js';
import { createSession, type DatasetExporter } from '../../../source/ui/app/session.js';
import { storeExporter } from '../../../source/ui/effects/store-exporter.js';
import type { ActionName } from '../../../source/ui/keymap/bindings.js';
import type { KeyName } from '../../../source/ui/keymap/key-names.js';
import { DEFAULT_KEYMAP, type Keymap } from '../../../source/ui/keymap/keymap.js';
import type { Viewport } from '../../../source/ui/state/layout.js';
import { PLAIN_THEME, type Theme } from '../../../source/ui/theme/theme.js';
import { keyFor, sequenceOf } from './keys.js';

/**
 * ink-testing-library renders with Ink's debug mode, which writes every frame even when CI is set,
 * and has no row count: the viewport is passed to the app instead.
 */
export interface WorkbenchOptions {
  /** JSONL records, one object per line. */
  records: readonly object[];
  viewport?: Viewport;
  keymap?: Keymap;
  theme?: Theme;
  exporter?: DatasetExporter;
  /** Export for real, as the workbench does, into `<dir>/data-export/`. */
  realExport?: boolean;
}

/** SGR and other CSI sequences Ink writes for styles. */
const CSI = /\u001B\[[0-9;?]*[A-Za-z]/g;

export function withoutStyles(text: string): string {
  return text.replace(CSI, '');
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** A lone Esc is held ~20 ms by Ink to tell it from an escape sequence. */
const ESCAPE_WAIT_MS = 40;
/** Long enough for a component mounted by the last key to subscribe to input (in an effect). */
const KEY_WAIT_MS = 5;
/**
 * ink-select-input re-subscribes its input handler after each move, in a passive effect that can
 * take longer than a tick: keys it handles wait longer.
 */
const COMPONENT_KEY_WAIT_MS = 80;

export async function openWorkbench(options: WorkbenchOptions) {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-ui-'));
  const file = join(dir, 'data.jsonl');
  writeFileSync(file, `${options.records.map((record) => JSON.stringify(record)).join('\n')}\n`);
  const store = await DecisionStore.open({ path: `${file}.winnow`, sync: false });
  const keymap = options.keymap ?? DEFAULT_KEYMAP;
  let quitCalled = false;
  const session = createSession({
    file,
    store,
    storePath: `${file}.winnow`,
    keymap,
    theme: options.theme ?? PLAIN_THEME,
    viewport: options.viewport ?? { columns: 100, rows: 30 },
    exporter:
      options.exporter ??
      (options.realExport
        ? storeExporter(store, `${file}.winnow`)
        : async () => ({ files: [], counts: {} })),
    onQuit: () => {
      quitCalled = true;
    },
  });
  const app = render(
    <App services={session.services} viewport={options.viewport ?? { columns: 100, rows: 30 }} />,
  );
  await session.load();
  await tick();
  return {
    dir,
    file,
    store,
    ui: session.ui,
    /** The last frame as text, without styles. */
    frame: () => withoutStyles(app.lastFrame() ?? ''),
    /** The last frame with its escape sequences. */
    styledFrame: () => app.lastFrame() ?? '',
    quitCalled: () => quitCalled,
    /** Presses the first key bound to an action, then lets the frame settle. */
    async press(action: ActionName, times = 1) {
      for (let n = 0; n < times; n++) {
        const sequence = keyFor(action, keymap);
        app.stdin.write(sequence);
        await tick(sequence === '\u001B' ? ESCAPE_WAIT_MS : KEY_WAIT_MS);
      }
    },
    /** Presses a key by name: for keys a component handles itself (ink-select-input's Enter). */
    async key(name: KeyName) {
      app.stdin.write(sequenceOf(name));
      await tick(name === 'escape' ? ESCAPE_WAIT_MS : COMPONENT_KEY_WAIT_MS);
    },
    /** Waits until the frame shows `text` (work that finishes in the background, like a plan). */
    async waitForFrame(text: string, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!withoutStyles(app.lastFrame() ?? '').includes(text)) {
        if (Date.now() > deadline) throw new Error(`the frame never showed "${text}"`);
        await tick(10);
      }
    },
    /** Writes several keys in one chunk, as a fast typist over SSH delivers them. */
    async typeAtOnce(keys: string) {
      app.stdin.write(keys);
      await tick(KEY_WAIT_MS);
    },
    /** Types text as if pasted or typed into a field. */
    async type(text: string) {
      for (const character of text) {
        app.stdin.write(character);
        await tick();
      }
    },
    async close() {
      app.unmount();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A chat record for the JSONL fixtures. */
export function chatRecord(user: string, assistant = `Answer to: ${user}`, extra: object = {}) {
  return {
    messages: [
      { role: 'user', content: user },
      { role: 'assistant', content: assistant },
    ],
    ...extra,
  };
}
