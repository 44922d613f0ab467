import type { MigrationTable } from './migrations.js';

/** How to open a store. */
export interface StoreOptions {
  /** The store directory; created on first use. */
  path: string;
  /** Stamped on every state this session changes. */
  reviewer?: string;
  /** Clock for the `at` stamps; defaults to the system clock. */
  now?: () => Date;
  /** Sync each journal line to disk before returning (default true). Off only for tests and benchmarks. */
  sync?: boolean;
  /** Journal lines after which a background compaction runs (default 10,000). */
  compactEvery?: number;
  /** Replaces the built-in schema migrations; tests use it to exercise an older schema. */
  migrations?: MigrationTable;
}

/** The store directory Winnow uses for a data file when no `--store` is given. */
export function storePathFor(dataFile: string): string {
  return `${dataFile}.winnow`;
}
