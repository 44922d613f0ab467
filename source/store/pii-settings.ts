import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { describeIssues } from './schema.js';
import { StoreError } from './store-error.js';
import { syncDirectory } from './sync-directory.js';

/**
 * A store's personal-data settings: values declared not personal, and the salt the hash operator
 * mixes in. They are store-wide, not per example, so they live beside the snapshot in
 * `pii-settings.json` rather than in the undo history; a store without the file has none.
 */
export interface PiiSettings {
  allow: string[];
  /** Random hex, made once on first need; same value and salt give the same token. */
  salt?: string;
}

const settingsSchema: z.ZodType<PiiSettings> = z.object({
  allow: z.array(z.string()),
  salt: z.string().min(16).optional(),
});

const fileOf = (storePath: string) => join(storePath, 'pii-settings.json');

/** The settings of the store at `storePath`; empty when it has none yet. */
export async function readPiiSettings(storePath: string): Promise<PiiSettings> {
  const file = fileOf(storePath);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { allow: [] };
    throw new StoreError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new StoreError(`${file} is not valid JSON (${(error as Error).message})`);
  }
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) throw new StoreError(`${file}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Writes through a synced temporary file and a rename, so a crash leaves the old or the new file. */
async function writePiiSettings(storePath: string, settings: PiiSettings): Promise<void> {
  await mkdir(storePath, { recursive: true });
  const file = fileOf(storePath);
  const temporary = `${file}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(JSON.stringify(settings, null, 2), 'utf8');
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
  syncDirectory(storePath);
}

/** Adds entries to the allow-list (each once, in order); returns the entries that were new. */
export async function addToAllowList(
  storePath: string,
  entries: readonly string[],
): Promise<string[]> {
  const settings = await readPiiSettings(storePath);
  const added = [...new Set(entries)].filter((entry) => !settings.allow.includes(entry));
  if (added.length > 0) {
    await writePiiSettings(storePath, { ...settings, allow: [...settings.allow, ...added] });
  }
  return added;
}

/** The store's salt, made (128 random bits) and saved the first time it is asked for. */
export async function piiSaltOf(storePath: string): Promise<string> {
  const settings = await readPiiSettings(storePath);
  if (settings.salt !== undefined) return settings.salt;
  const salt = randomBytes(16).toString('hex');
  await writePiiSettings(storePath, { ...settings, salt });
  return salt;
}

/** Removes entries from the allow-list; returns the entries that were there. */
export async function removeFromAllowList(
  storePath: string,
  entries: readonly string[],
): Promise<string[]> {
  const settings = await readPiiSettings(storePath);
  const removed = settings.allow.filter((entry) => entries.includes(entry));
  if (removed.length > 0) {
    const allow = settings.allow.filter((entry) => !entries.includes(entry));
    await writePiiSettings(storePath, { ...settings, allow });
  }
  return removed;
}
