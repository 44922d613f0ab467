import { runExport } from '../../cli/export-run.js';
import { piiPolicyOf } from '../../cli/pii-policy-flags.js';
import { decisionLogHash, readStoreSnapshot } from '../../store/read-snapshot.js';
import type { DatasetExporter } from '../app/session.js';
import type { ReviewStore } from './review-store.js';
import { frozenTestSet, splitChoicesOf } from './split-choices.js';

const WORKBENCH_PII_REMEDY = {
  lister: 'the PII screen',
  review: 'on the PII screen (P)',
  choices: 'choose redact or write them as they are at the PII step',
};

/**
 * The workbench's export: the CLI's `runExport` with the export screen's choices, the store's
 * decisions, frozen test set, dataset fields and personal-data policy (its allow-list and salt).
 */
export function storeExporter(store: ReviewStore, storePath: string): DatasetExporter {
  return async (dataset, choices, onProgress) => {
    const decisionOf = (id: string) => store.get(id);
    const { split, seed, stratify, group, balance, leakage, personal, ...rest } = choices;
    const splits = splitChoicesOf(
      { split, seed, stratify, group, balance },
      frozenTestSet(store.frozenTest),
    );
    const snapshot = await readStoreSnapshot(storePath);
    const pii = await piiPolicyOf(
      { redact: personal === 'redact', allowPii: personal === 'allow' },
      storePath,
    );
    const result = await runExport(
      {
        dataset,
        decisionOf,
        storePath,
        ...rest,
        splits,
        allowLeakage: leakage === 'allow',
        pii,
        piiRemedy: WORKBENCH_PII_REMEDY,
        meta: snapshot.meta ?? {},
        decisionLogHash: decisionLogHash(snapshot),
      },
      onProgress,
    );
    return { files: result.files, counts: { ...result.written } };
  };
}
