import type { DatasetMeta } from '../core/dataset-meta.js';
import type { DecisionState } from '../core/decision.js';
import { curationFacts } from '../core/export/curation-facts.js';
import { datasetCard } from '../core/export/dataset-card.js';
import { digestFile } from '../core/export/export-file.js';
import { buildManifest, type IncludeMode, serializeManifest } from '../core/export/manifest.js';
import { type ManifestSplit, manifestSplit } from '../core/export/manifest-split.js';
import { isOutputFormat, OUTPUT_FORMATS } from '../core/export/output-formats.js';
import type { ManifestPii, PiiPolicy } from '../core/export/pii-policy.js';
import { planExport } from '../core/export/plan-export.js';
import type { PreferenceOutputOptions } from '../core/export/preference-options.js';
import { isRefusal } from '../core/export/refusal.js';
import { exampleIdsOf } from '../core/export/split-records.js';
import type { LoadedDataset } from '../io/load-dataset.js';
import { ExportError, writeExport } from '../io/write-export.js';
import { VERSION } from '../version.js';
import { gateExamples, type PiiRemedy, piiOutcome } from './export-pii.js';
import { exportSplitOptions, leakageError, type SplitChoices } from './export-split.js';
import { problemLine } from './report-errors.js';

/** Refused examples named in the error before the rest are counted. */
const REFUSALS_SHOWN = 5;

export interface ExportRunOptions {
  dataset: LoadedDataset;
  decisionOf(id: string): DecisionState;
  storePath: string;
  out: string;
  format: string;
  /** Sizes, seed, classes, groups, resampling and the frozen test of the splits. */
  splits: SplitChoices;
  include: IncludeMode;
  force: boolean;
  /** Write even when examples leak across splits; the manifest says so. */
  allowLeakage?: boolean;
  /** Style and margins of the preference formats. */
  preference?: PreferenceOutputOptions;
  /** The store's licence, source, owner...: the dataset card states them. */
  meta?: DatasetMeta;
  /** sha256 of the store's decision history, for the manifest. */
  decisionLogHash?: string;
  /** How personal data is refused or redacted; none is looked for without one. */
  pii?: PiiPolicy;
  /** What a refusal for personal data suggests; `winnow export`'s flags unless told. */
  piiRemedy?: PiiRemedy;
}

export interface ExportResult {
  files: string[];
  written: { train: number; validation: number; test: number };
  excluded: Record<string, number>;
  /** Split options and the split, leakage and resampling reports, as in the manifest. */
  split: ManifestSplit;
  /** Example ids in the test split, for `--freeze-test`. */
  testIds: string[];
  /** What the personal-data policy did, as in the manifest. */
  pii?: ManifestPii;
}

/** Plans and writes an export: the one path both `winnow export` and the export screen take. */
export async function runExport(
  options: ExportRunOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<ExportResult> {
  const { dataset } = options;
  if (!isOutputFormat(options.format)) {
    const known = OUTPUT_FORMATS.map((f) => f.name).join(', ');
    throw new ExportError(`unknown output format '${options.format}'; choose one of ${known}`);
  }
  const split = exportSplitOptions(options.splits, {
    examples: dataset.examples,
    decisionOf: options.decisionOf,
    include: options.include,
    format: options.format,
  });
  const gated = options.pii && gateExamples(dataset.examples, options.decisionOf, options.pii);
  const plan = planExport({
    examples: gated ? gated.map((entry) => entry.example) : dataset.examples,
    decisionOf: options.decisionOf,
    format: options.format,
    include: options.include,
    split,
    ...(options.preference && { options: options.preference }),
  });
  if (isRefusal(plan)) throw new ExportError(plan.reason);
  if (plan.refused.length > 0) {
    const named = plan.refused
      .slice(0, REFUSALS_SHOWN)
      .map(({ example, reason }) =>
        problemLine({ ...example.source, reason: `${example.id}: ${reason}` }),
      );
    const more = plan.refused.length - named.length;
    throw new ExportError(
      `${options.format} cannot express ${plan.refused.length} of the examples; nothing was written\n` +
        named.join('\n') +
        (more > 0 ? `\n… and ${more} more` : ''),
    );
  }
  const pii =
    gated && options.pii && piiOutcome(gated, plan.records, options.pii, options.piiRemedy);
  const { train, validation, test } = plan.written;
  if (train + validation + test === 0) {
    const left = Object.entries(plan.excluded).map(([why, n]) => `${n} ${why}`);
    throw new ExportError(
      `no example to export (left out: ${left.join(', ') || 'none'}); ` +
        (options.include === 'accepted'
          ? 'accept or judge some first, or use --include all (preference data then uses its given choice)'
          : ''),
    );
  }
  if (plan.split.leakage.leaked && !options.allowLeakage) throw leakageError(plan.split.leakage);
  const splitRecord = manifestSplit(split, plan.split, options.allowLeakage === true);
  const manifest = buildManifest({
    version: VERSION,
    input: {
      file: dataset.file,
      bytes: dataset.summary.bytes,
      sha256: dataset.summary.sha256,
      format: dataset.format,
      container: dataset.summary.container,
    },
    storePath: options.storePath,
    format: options.format,
    include: options.include,
    seed: split.seed,
    ratios: 'ratios' in split ? split.ratios : sharesOf(plan.split.report.target),
    considered: plan.considered,
    written: plan.written,
    excluded: plan.excluded,
    refused: [],
    files: plan.files,
    preferences: plan.preferences,
    split: splitRecord,
    curation: curationFacts(dataset.examples, options.decisionOf),
    ...(options.decisionLogHash && { decisionLogHash: options.decisionLogHash }),
  });
  if (pii) manifest.pii = pii;
  // The card reads the manifest's numbers, then the manifest lists it so `winnow verify` covers it.
  const card = { name: 'README.md', content: datasetCard(manifest, options.meta ?? {}) };
  manifest.files[card.name] = digestFile(card.content);
  const files = [
    ...plan.files,
    card,
    { name: 'manifest.json', content: serializeManifest(manifest) },
  ];
  const written = await writeExport(options.out, files, { force: options.force, onProgress });
  return {
    files: written,
    written: plan.written,
    excluded: plan.excluded,
    split: splitRecord,
    testIds: exampleIdsOf(plan.split.test, plan.records),
    ...(pii && { pii }),
  };
}

/** The shares absolute sizes come to, for the manifest's `ratios`. */
function sharesOf(counts: { train: number; validation: number; test: number }) {
  const total = counts.train + counts.validation + counts.test;
  const share = (n: number) => (total === 0 ? 0 : n / total);
  return {
    train: share(counts.train),
    validation: share(counts.validation),
    test: share(counts.test),
  };
}
