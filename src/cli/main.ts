import { parseArgs } from 'node:util';
import { checkCommand, importCommand, renderCommand } from './commands';
import { CliError, type CliIo, nodeIo } from './io';

export const USAGE = `Usage: digest-clipper <command> [options]

Commands:
  import ISSUE.md [-o FILE.json]                    Markdown issue -> JSON pack
  render FILE.json [--preset NAME] [--issue ID] [-o OUT.md]
                                                    JSON backup or pack -> Markdown
  check FILE.json                                   validate a backup or pack

Presets: embedly-link, embedly-blockquote, markdown-link
`;

const COMMANDS = { import: importCommand, render: renderCommand, check: checkCommand };

/** Runs one command; returns the exit code. Expected failures print one line. */
export async function run(argv: string[], io: CliIo = nodeIo): Promise<number> {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        preset: { type: 'string' },
        issue: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [name, path, ...extra] = positionals;
    if (values.help || name === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    if (!name) throw new CliError('no command given; run "digest-clipper --help"', 2);
    if (!Object.hasOwn(COMMANDS, name)) {
      throw new CliError(`unknown command "${name}"; run "digest-clipper --help"`, 2);
    }
    if (!path) throw new CliError(`${name}: missing the input file`, 2);
    if (extra.length) throw new CliError(`${name}: unexpected argument "${extra[0]}"`, 2);
    await COMMANDS[name as keyof typeof COMMANDS](io, path, values);
    return 0;
  } catch (error) {
    // Argument errors from parseArgs carry a code; anything else unexpected is still one line.
    const known = error instanceof CliError;
    const isUsage = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ?? false;
    io.stderr(`digest-clipper: ${(error as Error).message}\n`);
    return known ? error.exitCode : isUsage ? 2 : 1;
  }
}
