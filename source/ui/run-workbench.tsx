import { existsSync } from 'node:fs';
import { render } from 'ink';
import { messageOf } from '../core/error-message.js';
import { DecisionStore, StoreError } from '../store/store.js';
import { App } from './app/app.js';
import { createSession } from './app/session.js';
import { storeExporter } from './effects/store-exporter.js';
import type { Keymap } from './keymap/keymap.js';
import { KeymapError, loadKeymap } from './keymap/user-keys.js';
import { EXIT, onEveryExit } from './terminal/exit-signals.js';
import { enterFullScreen } from './terminal/full-screen.js';
import { lineDiffStdout } from './terminal/line-diff-stdout.js';
import { themeFor } from './theme/theme.js';

/** What `winnow <file>` passes to the workbench. */
export interface WorkbenchOptions {
  file: string;
  storePath: string;
  container?: string;
  format?: string;
  keysFile?: string;
  reviewer?: string;
}

/**
 * Frames per second at most. Above the default 30 so a key's frame is not held back behind the
 * previous one when keys come fast (a held j).
 */
const MAX_FPS = 60;

function fail(message: string): void {
  process.stderr.write(`winnow: ${message}\n`);
}

/** A bug, not bad input: one line, the stack only on request (as the CLI does). */
function reportCrash(error: unknown): void {
  fail(`internal error: ${messageOf(error)}`);
  if (process.env.WINNOW_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.stderr.write('Decisions made before it are saved. Set WINNOW_DEBUG=1 for details.\n');
}

/** The keymap and the open store, or the exit code and message for why there are none. */
async function prepare(
  options: WorkbenchOptions,
): Promise<{ keymap: Keymap; store: DecisionStore } | number> {
  let keymap: Keymap;
  try {
    keymap = loadKeymap(options.keysFile);
  } catch (error) {
    if (!(error instanceof KeymapError)) throw error;
    fail(error.message);
    return EXIT.usage;
  }
  if (!existsSync(options.file)) {
    // Checked before the store is opened, which would create its directory beside nothing.
    fail(`${options.file}: no such file`);
    return EXIT.failure;
  }
  try {
    return {
      keymap,
      store: await DecisionStore.open({ path: options.storePath, reviewer: options.reviewer }),
    };
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    fail(error.message);
    return EXIT.failure;
  }
}

/**
 * Opens the store, takes over the terminal (alternate screen), draws at once and loads the file in
 * the background. Resolves with the exit code once the store is flushed and the terminal restored,
 * whichever way the session ends: q, Ctrl+C, SIGTERM, or a crash.
 */
export async function runWorkbench(options: WorkbenchOptions): Promise<number> {
  const prepared = await prepare(options);
  if (typeof prepared === 'number') return prepared;
  const { keymap, store } = prepared;

  const restoreTerminal = enterFullScreen(process.stdout);
  process.on('exit', restoreTerminal);
  // Raw at once: keys pressed before Ink subscribes wait in the stream instead of in the line
  // discipline's canonical buffer, where a mode switch can drop them.
  if (process.stdin.isTTY) process.stdin.setRawMode(true);

  const exporter = storeExporter(store, options.storePath);
  let end: (code: number, crash?: unknown) => void = () => {};
  const session = createSession({
    ...options,
    store,
    keymap,
    theme: themeFor(process.env),
    viewport: { columns: process.stdout.columns || 80, rows: process.stdout.rows || 24 },
    exporter,
    // Leave the key handler before unmounting the tree it runs in.
    onQuit: () => setImmediate(() => end(EXIT.ok)),
  });
  const instance = render(<App services={session.services} />, {
    exitOnCtrlC: false,
    patchConsole: false,
    maxFps: MAX_FPS,
    stdout: lineDiffStdout(process.stdout),
  });

  return new Promise<number>((resolve) => {
    let ending = false;
    const stopListening = onEveryExit((code, crash) => end(code, crash));
    end = (code, crash) => {
      if (ending) return;
      ending = true;
      instance.unmount();
      store
        .close()
        .then(
          () => code,
          (error: unknown) => {
            restoreTerminal();
            fail(messageOf(error));
            return EXIT.failure;
          },
        )
        .then((exitCode) => {
          restoreTerminal();
          if (crash !== undefined) reportCrash(crash);
          stopListening();
          process.off('exit', restoreTerminal);
          resolve(exitCode);
        });
    };
    instance.waitUntilExit().catch((error: unknown) => end(EXIT.failure, error));
    void session.load();
  });
}
