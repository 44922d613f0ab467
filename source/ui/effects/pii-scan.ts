/**
 * The personal-data scan behind the PII screen: it starts the first time the screen is shown after
 * the file has loaded, and goes through the examples in slices, so keys never wait for it.
 */
import { messageOf } from '../../core/error-message.js';
import type { Example } from '../../core/example.js';
import { detectInExample, hitKey } from '../../core/pii/index.js';
import type { PiiHitRow } from '../state/pii-state.js';
import { allowListOf } from '../state/pii-view.js';
import type { UiStore } from '../state/ui-store.js';
import type { AllowListFile } from './allow-list-file.js';
import { inSlices } from './in-slices.js';

/** The hits of examples `from..to`, in data order; allow-listed values are not hits. */
export function hitRowsOf(
  examples: readonly Example[],
  from: number,
  to: number,
  allow: readonly string[],
): PiiHitRow[] {
  // Compiled once per list, not once per slice of the scan.
  const allowList = allowListOf(allow);
  const rows: PiiHitRow[] = [];
  for (let position = from; position < to; position++) {
    const example = examples[position]!;
    for (const { path, hits } of detectInExample(example, { allowList })) {
      for (const hit of hits) {
        rows.push({ position, id: example.id, path, key: hitKey(path, hit), hit });
      }
    }
  }
  return rows;
}

async function scan(ui: UiStore, examples: readonly Example[], allowList: AllowListFile) {
  const allow = await allowList.read();
  const total = examples.length;
  ui.dispatch({ type: 'pii', change: { type: 'piiScanStarted', total, allow } });
  await inSlices(
    total,
    (from, to) => hitRowsOf(examples, from, to, allow),
    (hits, done) => ui.dispatch({ type: 'pii', change: { type: 'piiScanned', hits, done } }),
  );
}

/** Watches the UI and starts the scan once, when the PII screen is first shown after loading. */
export function watchForPiiScreen(ui: UiStore, allowList: AllowListFile): void {
  let started = false;
  ui.subscribe(() => {
    const state = ui.getState();
    if (started || state.screen !== 'pii' || state.load.phase !== 'done') return;
    started = true;
    scan(ui, state.examples, allowList).catch((error: unknown) => {
      const message = messageOf(error);
      ui.dispatch({ type: 'pii', change: { type: 'piiScanFailed', message } });
    });
  });
}
