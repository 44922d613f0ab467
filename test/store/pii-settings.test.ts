import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addToAllowList,
  piiSaltOf,
  readPiiSettings,
  removeFromAllowList,
} from '../../source/store/pii-settings.js';
import { StoreError } from '../../source/store/store-error.js';

const made: string[] = [];
function storeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-pii-settings-'));
  made.push(dir);
  return join(dir, 'data.jsonl.winnow');
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the store allow-list and salt', () => {
  it('is empty for a store without the file', async () => {
    expect(await readPiiSettings(storeDir())).toEqual({ allow: [] });
  });

  it('adds entries once, in order, and removes them, keeping the salt', async () => {
    const store = storeDir();
    expect(await addToAllowList(store, ['a@x.test', 'b@x.test', 'a@x.test'])).toEqual([
      'a@x.test',
      'b@x.test',
    ]);
    expect(await addToAllowList(store, ['b@x.test'])).toEqual([]);
    const salt = await piiSaltOf(store);
    expect(await removeFromAllowList(store, ['a@x.test', 'never@x.test'])).toEqual(['a@x.test']);
    expect(await readPiiSettings(store)).toEqual({ allow: ['b@x.test'], salt });
    expect(await piiSaltOf(store)).toBe(salt);
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['the wrong shape', '{"allow": "a@x.test"}', /allow/],
  ])('refuses a settings file that is %s, leaving it as it was', async (_name, text, message) => {
    const store = storeDir();
    await addToAllowList(store, ['seed@x.test']);
    const file = join(store, 'pii-settings.json');
    writeFileSync(file, text);
    await expect(removeFromAllowList(store, ['seed@x.test'])).rejects.toThrow(StoreError);
    await expect(readPiiSettings(store)).rejects.toThrow(message);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
