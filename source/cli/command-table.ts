import { EXIT } from './cli-io.js';
import { type Command, JSON_FLAG, needsFile } from './command.js';
import { CURATION_COMMANDS } from './curation-commands.js';
import { DATASET_FLAGS, DATASET_FLAGS_HELP } from './dataset-options.js';

export type { Command } from './command.js';

/** Every subcommand, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  {
    name: 'import',
    summary: 'read files, report every bad record, record the import in the store',
    usage: 'winnow import <file>... [--json]',
    options: `    --json             machine-readable result\n${DATASET_FLAGS_HELP}`,
    examples: 'winnow import data/support.jsonl data/extra.csv',
    flags: { ...DATASET_FLAGS, ...JSON_FLAG },
    async run(inputs, flags, io) {
      if (inputs.length === 0) {
        io.err('winnow import: name at least one data file');
        return EXIT.usage;
      }
      const { runImport } = await import('./import.js');
      return runImport(inputs, flags, io);
    },
  },
  {
    name: 'stats',
    summary: 'counts by kind, status, label and fields; length distribution',
    usage: 'winnow stats <file> [--by FIELD]... [--split R [--seed N]] [--json]',
    options: `    --by FIELD         count this field (repeatable; default: every categorical field);
                       each field's balance, warnings and size guidance follow
    --split R          preview the export's splits (as winnow export would make them) and show
                       each field's balance per split; --val-count N, --test-count N, --seed N,
                       --stratify F, --group F and --include WHAT as for winnow export
    --json             machine-readable result
${DATASET_FLAGS_HELP}`,
    examples: 'winnow stats samples/support-chat.jsonl --by category',
    flags: {
      ...DATASET_FLAGS,
      ...JSON_FLAG,
      by: { type: 'string', isMultiple: true },
      split: { type: 'string' },
      valCount: { type: 'number' },
      testCount: { type: 'number' },
      seed: { type: 'number' },
      stratify: { type: 'string' },
      group: { type: 'string' },
      include: { type: 'string', choices: ['accepted', 'all'] },
    },
    run: (inputs, flags, io) =>
      needsFile(inputs, io, 'stats', async (file) => {
        const { runStats } = await import('./stats.js');
        return runStats(file, flags, io);
      }),
  },
  {
    name: 'decide',
    summary: 'record decisions from a script: the same store operations the workbench uses',
    usage:
      'winnow decide <file> --accept|--reject|--skip ID... | --from FILE | --prefer A|B|tie|bad [--strength N] ID... | --rank "2>1=3" ID...',
    options: `    --accept, --reject, --skip   the status to give the named ids (ids or 4+ character prefixes)
    --from FILE        lines of 'ID STATUS' (accepted, rejected, skipped, pending); # comments
    --prefer WHICH     judge preference pairs: A or B (the candidates' order in the data, not on
                       screen), tie, or bad (both bad)
    --strength N       how much better, Llama 2's scale: 3 significantly, 2 better (default),
                       1 slightly, 0 negligibly / unsure
    --rank ORDER       rank K candidates by their number in the data, best first; = ties ("2>1=3")
    --reason TEXT      why, stored with each decision
    --json             machine-readable result
${DATASET_FLAGS_HELP}`,
    examples: 'winnow decide samples/support-chat.jsonl --reject 3f2a9c1d 77b0e4aa',
    flags: {
      ...DATASET_FLAGS,
      ...JSON_FLAG,
      accept: { type: 'boolean' },
      reject: { type: 'boolean' },
      skip: { type: 'boolean' },
      from: { type: 'string' },
      reason: { type: 'string' },
      prefer: { type: 'string' },
      strength: { type: 'number' },
      rank: { type: 'string' },
    },
    run: (inputs, flags, io) =>
      needsFile(inputs, io, 'decide', async (file, ids) => {
        const { runDecide } = await import('./decide.js');
        return runDecide(file, ids, flags, io);
      }),
  },
  {
    name: 'export',
    summary: 'write train/validation/test files in a trainer format, with a manifest',
    usage:
      'winnow export <file> --out DIR [--format F] [--split 80/10/10] [--seed N] [--stratify F] [--group F]',
    options: `    --out DIR          where to write train.jsonl, validation.jsonl, test.jsonl, README.md (a
                       dataset card) and manifest.json
    --format F         openai-chat (default), sharegpt, alpaca, completion, text, trl,
                       trl-implicit, kto, openai-dpo, hh-rlhf
    --split R          train/validation/test ratios (default 80/10/10; '90/10' leaves test empty)
    --val-count N      exactly N validation examples (with --test-count, instead of --split)
    --test-count N     exactly N test examples; train takes the rest
    --seed N           shuffling seed (default 42): the same seed gives the same bytes
    --include WHAT     accepted (default) or all (everything not rejected)
    --stratify F       mirror F's classes in every split: a field, or kind, format, language,
                       length, decision, label
    --group F          keep examples sharing a value of F in one split (conversation, user...)
    --group-near       keep each near-duplicate cluster in one split
    --check-near       also refuse near duplicates across splits (a MinHash pass over the data)
    --allow-leakage    write even when the same content lies in two splits (refused otherwise)
    --freeze-test      record the test split in the store: later exports keep it as test and
                       send new examples to train and validation only
    --balance F        resample train only by F's classes, with --oversample (copy rare ones)
                       or --undersample (drop frequent ones)
    --target-ratio R   smallest class over largest after --balance (default 1: even)
    --trl-style S      trl and kto records: conversational (default) or standard
    --margin M         trl margins, strongest first, e.g. 3/2/1/0 (Llama 2) or 1/0.67/0.33/0
    --pii-threshold X  unreviewed personal-data hits this confident (0..1, default 0.6) stop the
                       export; review them with winnow pii, or:
    --redact           redact unreviewed hits instead (reviewed ones follow their decision)
    --redact-operator O  replace (default: <EMAIL>), mask (****1234) or hash (salted, per store)
    --mask-keep N      mask: characters left unmasked at the end (default 4)
    --mask-char C      mask: the character that hides the rest (default *)
    --allow-pii        write unreviewed hits as they are (the manifest counts them)
    --force            overwrite files already in DIR
    --json             machine-readable result
${DATASET_FLAGS_HELP}`,
    examples: 'winnow export samples/support-chat.jsonl --out out/ --split 80/10/10 --seed 7',
    flags: {
      ...DATASET_FLAGS,
      ...JSON_FLAG,
      out: { type: 'string' },
      format: { type: 'string' },
      inputFormat: { type: 'string' },
      split: { type: 'string', default: '80/10/10' },
      seed: { type: 'number', default: 42 },
      include: { type: 'string', choices: ['accepted', 'all'], default: 'accepted' },
      valCount: { type: 'number' },
      testCount: { type: 'number' },
      stratify: { type: 'string' },
      group: { type: 'string' },
      groupNear: { type: 'boolean' },
      checkNear: { type: 'boolean' },
      allowLeakage: { type: 'boolean' },
      freezeTest: { type: 'boolean' },
      balance: { type: 'string' },
      oversample: { type: 'boolean' },
      undersample: { type: 'boolean' },
      targetRatio: { type: 'number' },
      trlStyle: { type: 'string', choices: ['conversational', 'standard'] },
      margin: { type: 'string' },
      piiThreshold: { type: 'number' },
      redact: { type: 'boolean' },
      redactOperator: { type: 'string', choices: ['replace', 'mask', 'hash'] },
      maskKeep: { type: 'number' },
      maskChar: { type: 'string' },
      allowPii: { type: 'boolean' },
      force: { type: 'boolean' },
    },
    run: (inputs, flags, io) =>
      needsFile(inputs, io, 'export', async (file) => {
        const { runExportCommand } = await import('./export.js');
        return runExportCommand(file, flags, io);
      }),
  },
  ...CURATION_COMMANDS,
];

export function findCommand(name: string | undefined): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
