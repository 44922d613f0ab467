import { lstat, mkdir } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { messageOf } from '../core/error-message.js';
import type { ExportFile } from '../core/export/export-file.js';
import { commitTemp, discardTemp, syncDirectory, writeTempBeside } from './atomic-write.js';

export type { ExportFile } from '../core/export/export-file.js';

/** An export that cannot be written; the message names the file and the reason, for the user. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** Options for `writeExport`. */
export interface WriteExportOptions {
  /** Overwrite files that already exist; without it an existing file stops the export. */
  force: boolean;
  /** Called after each file's content is safely on disk. */
  onProgress?(written: number, total: number): void;
}

/**
 * Writes the export files into `dir` (created if missing) and returns their absolute paths.
 * Every file goes to a temp file first and only when all are on disk are they renamed into place,
 * so a failed write leaves the targets as they were and a reader never sees half a file.
 */
export async function writeExport(
  dir: string,
  files: readonly ExportFile[],
  options: WriteExportOptions,
): Promise<string[]> {
  const root = resolve(dir);
  const targets = files.map((file) => resolve(root, checkedName(file.name)));
  checkDistinct(files);
  await attempt(root, () => mkdir(root, { recursive: true }));
  await checkTargets(targets, options.force);
  const temps: string[] = [];
  try {
    for (const [index, file] of files.entries()) {
      const target = targets[index]!;
      temps.push(await attempt(target, () => writeTempBeside(target, file.content)));
      options.onProgress?.(index + 1, files.length);
    }
    for (const [index, temp] of temps.entries()) {
      const target = targets[index]!;
      await attempt(target, () => commitTemp(temp, target));
    }
  } finally {
    await Promise.all(temps.map(discardTemp));
  }
  await syncDirectory(root);
  return targets;
}

/** A file name must stay inside the export directory. */
function checkedName(name: string): string {
  if (
    name === '' ||
    name === '.' ||
    name === '..' ||
    basename(name) !== name ||
    name.includes('\\')
  ) {
    throw new ExportError(
      `"${name}" is not a plain file name; export files must sit in the export directory`,
    );
  }
  return name;
}

function checkDistinct(files: readonly ExportFile[]): void {
  const seen = new Set<string>();
  for (const { name } of files) {
    if (seen.has(name)) throw new ExportError(`"${name}" is listed twice in one export`);
    seen.add(name);
  }
}

/** Refuses before anything is written: a directory in the way, or existing files without force. */
async function checkTargets(targets: readonly string[], force: boolean): Promise<void> {
  const existing: string[] = [];
  for (const target of targets) {
    const stats = await lstat(target).catch(() => undefined);
    if (stats?.isDirectory()) {
      throw new ExportError(`${target} is a directory; cannot write an export file there`);
    }
    if (stats) existing.push(target);
  }
  if (existing.length > 0 && !force) {
    const which =
      existing.length === 1
        ? `${existing[0]} already exists`
        : `${existing.join(', ')} already exist`;
    throw new ExportError(`${which}; nothing was written (--force overwrites)`);
  }
}

/** Runs a file operation, turning a failure into an ExportError that names the file. */
async function attempt<T>(path: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const reason = messageOf(error);
    throw new ExportError(`cannot write ${path}: ${reason}`);
  }
}
