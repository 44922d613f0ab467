import { messageOf } from '../core/error-message.js';
import type { Kind } from '../core/example.js';
import { loadDataset } from '../io/load-dataset.js';
import { type CliIo, EXIT } from './cli-io.js';
import { type DatasetFlags, loadOptionsOf, storePathOf } from './dataset-options.js';
import { withStore } from './open-decisions.js';
import { printProblems, problemLine, reportKnownError } from './report-errors.js';

export interface ImportFlags extends DatasetFlags {
  json?: boolean;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

async function importOne(file: string, flags: ImportFlags, io: CliIo) {
  const kinds: Partial<Record<Kind, number>> = {};
  const dataset = await loadDataset(file, {
    ...loadOptionsOf(flags),
    keepExamples: false,
    onBatch(examples) {
      for (const example of examples) kinds[example.kind] = (kinds[example.kind] ?? 0) + 1;
    },
  });
  const { summary } = dataset;
  await withStore(file, flags, (store) =>
    store.recordImport({
      at: new Date().toISOString(),
      file,
      size: summary.bytes,
      sha256: summary.sha256,
      container: summary.container,
      format: dataset.format,
      examples: dataset.count,
      problems: dataset.problems.length,
    }),
  );
  if (!flags.json) {
    const kindText = Object.entries(kinds)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    const gzip = summary.gzip ? ', gzip' : '';
    io.out(
      `${file}: ${plural(dataset.count, 'example')} as ${dataset.format} (${summary.container}${gzip}); ` +
        `kinds: ${kindText}; bad records: ${dataset.problems.length}; store: ${storePathOf(file, flags)}`,
    );
    printProblems(io, dataset.problems);
  }
  return {
    file,
    container: summary.container,
    gzip: summary.gzip,
    format: dataset.format,
    sha256: summary.sha256,
    examples: dataset.count,
    kinds,
    store: storePathOf(file, flags),
    problems: dataset.problems.map((p) => ({ ...p, message: problemLine(p) })),
  };
}

/** `winnow import <file>...`: reads each file, reports every bad record, records the import. */
export async function runImport(files: string[], flags: ImportFlags, io: CliIo): Promise<number> {
  const results = [];
  let code: number = EXIT.ok;
  for (const file of files) {
    try {
      const result = await importOne(file, flags, io);
      results.push(result);
      if (result.problems.length > 0) code = EXIT.failure;
    } catch (error) {
      code = reportKnownError(io, error);
      results.push({ file, error: messageOf(error) });
    }
  }
  if (flags.json) io.out(JSON.stringify({ files: results }, null, 2));
  return code;
}
