import { addToAllowList, readPiiSettings, removeFromAllowList } from '../../store/pii-settings.js';

/** The store's personal-data allow-list, as the PII screen reads and changes it. */
export interface AllowListFile {
  read(): Promise<string[]>;
  add(value: string): Promise<void>;
  remove(value: string): Promise<void>;
}

/** The allow-list in `pii-settings.json` of the store at `storePath` (shared with `winnow pii --allow`). */
export function allowListAt(storePath: string): AllowListFile {
  return {
    read: async () => (await readPiiSettings(storePath)).allow,
    add: async (value) => {
      await addToAllowList(storePath, [value]);
    },
    remove: async (value) => {
      await removeFromAllowList(storePath, [value]);
    },
  };
}
