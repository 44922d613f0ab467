import meow, { type AnyFlags } from 'meow';
import { EXIT, processIo } from './cli/cli-io.js';
import { findCommand } from './cli/command-table.js';
import { DATASET_FLAGS } from './cli/dataset-options.js';
import { commandHelp, MAIN_HELP } from './cli/help-text.js';
import { runOpen } from './cli/open-workbench.js';
import { messageOf } from './core/error-message.js';

class UsageError extends Error {}

/** meow exits by itself on --help, --version and unknown flags, but throws on a bad flag value. */
function parse(help: string, argv: string[], flags: AnyFlags) {
  try {
    return meow(help, { importMeta: import.meta, argv, flags, allowUnknownFlags: false });
  } catch (error) {
    throw new UsageError(messageOf(error));
  }
}

async function main(argv: string[]): Promise<number> {
  const command = findCommand(argv[0]);
  if (command) {
    const cli = parse(commandHelp(command), argv.slice(1), command.flags as AnyFlags);
    return command.run(cli.input, cli.flags, processIo);
  }
  const cli = parse(MAIN_HELP, argv, { ...DATASET_FLAGS, keys: { type: 'string' } } as AnyFlags);
  const [file, ...extra] = cli.input;
  if (!file || extra.length > 0) {
    processIo.err(file ? 'winnow: open one file at a time' : MAIN_HELP);
    return EXIT.usage;
  }
  return runOpen(file, cli.flags, processIo);
}

// `winnow stats … | head` closes the pipe early: the reader has what it wanted, so stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`winnow: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } else {
    // A bug, not bad input: one line for the user, the stack only on request.
    const message = messageOf(error);
    process.stderr.write(`winnow: internal error: ${message}\n`);
    if (process.env.WINNOW_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack}\n`);
    process.stderr.write('Nothing saved was lost. Set WINNOW_DEBUG=1 for details and report it.\n');
    process.exitCode = EXIT.failure;
  }
}
