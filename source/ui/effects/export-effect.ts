import { basename, dirname, join } from 'node:path';
import { messageOf } from '../../core/error-message.js';
import { type FormChoices, formChoices } from '../state/export-state.js';
import type { UiStore } from '../state/ui-store.js';

/** The choices an export is written with: the form's, where to, and whether to overwrite. */
export interface ExportChoices extends FormChoices {
  out: string;
  force: boolean;
}

/** Writes an export (through the same code as `winnow export`) and says which files it wrote. */
export type ExportRunner = (
  choices: ExportChoices,
  onProgress: (done: number, total: number) => void,
) => Promise<{ files: string[]; counts: Record<string, number> }>;

/** `data/chat.jsonl.gz` exports to `data/chat-export/`. */
export function defaultExportDir(file: string): string {
  const stem = basename(file)
    .replace(/\.gz$/i, '')
    .replace(/\.[^.]+$/, '');
  return join(dirname(file), `${stem || 'dataset'}-export`);
}

/** Runs the export the form describes, reporting progress and the outcome as actions. */
export async function runExportFromUi(
  ui: UiStore,
  runner: ExportRunner,
  force: boolean,
): Promise<void> {
  const state = ui.getState();
  if (state.load.phase !== 'done') {
    ui.dispatch({ type: 'notice', text: 'wait until the whole file has loaded, then export' });
    return;
  }
  ui.dispatch({ type: 'exportStarted', force });
  try {
    const result = await runner(
      { ...formChoices(state.export), out: defaultExportDir(state.file), force },
      (done, total) => ui.dispatch({ type: 'exportProgressed', done, total }),
    );
    ui.dispatch({ type: 'exportFinished', files: result.files, counts: result.counts });
  } catch (error) {
    ui.dispatch({
      type: 'exportFailed',
      message: messageOf(error),
    });
  }
}
