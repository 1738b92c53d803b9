import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkLinksCommand, type LinkCheckOptions } from './check-links';
import { checkCommand, importCommand, renderCommand, stylesCommand } from './commands';
import { CliError, type CliIo, nodeIo } from './io';
import { mergeMdCommand } from './merge-md';
import { nextCommand } from './next';
import { mergeManyCommand, renderDirCommand } from './team-render';

export const USAGE = `Usage: digest-clipper <command> [options]

Commands:
  styles                                            list the built-in house styles
  import ISSUE.md [--style NAME | --style-file S.json] [-o FILE.json]
                                                    Markdown issue -> JSON pack (style
                                                    detected unless given)
  render FILE.json|DIR [--style NAME | --style-file S.json] [--issue ID] [-o OUT.md]
                                                    JSON backup or pack (or a folder of
                                                    packs, merged) -> Markdown
                                                    (--preset is an alias of --style)
  merge A.json B.json [C.json …] [--issue ID] [--from NAME] [-o OUT.json]
                                                    B's (C's …) clips merged into A's draft;
                                                    NAME credits B's unsigned comments
  check FILE.json | ISSUE.md [--style NAME]         validate a backup or pack, or what a
                                                    Markdown issue's style requires
  check ISSUE.md --links [--archive DIR …] [--since GIT_REF | --only-new OLD.md]
        [--json] [--offline] [--timeout S] [--slow S]
                                                    the style's link rules, duplicates in
                                                    the archive, and every link fetched:
                                                    a line per finding; exit 1 on errors,
                                                    0 on warnings only
  merge-md BASE.md OURS.md THEIRS.md [--style NAME] [-o OUT.md]
                                                    three-way merge of an edition by its
                                                    items (a git merge driver): exit 0
                                                    merged, 1 conflicts left, 2 failure
  next PREVIOUS.md [-o NEXT.md] [--date YYYY-MM-DD] [--number N] [--style NAME]
                                                    the next edition: items taken out,
                                                    number and date moved on (+1, +7 days
                                                    unless given), all else kept; never
                                                    writes over an existing NEXT.md

Exit codes: 0 done, 1 bad input, 2 bad usage (merge-md: see above).
`;

/** Every flag the commands take; `check --links` names its own in check-links.ts. */
type Options = LinkCheckOptions & {
  output?: string;
  issue?: string;
  from?: string;
  date?: string;
  number?: string;
  links?: boolean;
};

/** The flags of `check --links`, which mean nothing without it. */
const LINK_FLAGS: ReadonlyArray<[keyof Options, string]> = [
  ['archive', '--archive'],
  ['since', '--since'],
  ['onlyNew', '--only-new'],
  ['json', '--json'],
  ['offline', '--offline'],
  ['timeout', '--timeout'],
  ['slow', '--slow'],
];

/** Each command with the number of files it reads. */
const COMMANDS: Record<
  string,
  {
    files: number;
    /** Takes any number of files past `files`. */
    many?: boolean;
    /** A number is the exit code (merge-md's 1 means conflicts remain). */
    run: (io: CliIo, files: string[], options: Options) => Promise<unknown>;
  }
> = {
  import: { files: 1, run: (io, [path], options) => importCommand(io, path as string, options) },
  render: {
    files: 1,
    run: async (io, [path], options) => {
      const dir = await stat(path as string).then(
        (s) => s.isDirectory(),
        () => false,
      );
      // A folder of packs (a team repository's) is merged and rendered as one issue.
      return dir
        ? renderDirCommand(io, path as string, options)
        : renderCommand(io, path as string, options);
    },
  },
  check: {
    files: 1,
    run: (io, [path], options) => {
      if (options.links) return checkLinksCommand(io, path as string, options);
      const stray = LINK_FLAGS.find(([key]) => options[key] !== undefined);
      if (stray) throw new CliError(`check: ${stray[1]} goes with --links`, 2);
      return checkCommand(io, path as string, options);
    },
  },
  styles: { files: 0, run: (io) => stylesCommand(io) },
  merge: { files: 2, many: true, run: mergeManyCommand },
  'merge-md': { files: 3, run: mergeMdCommand },
  next: { files: 1, run: (io, [path], options) => nextCommand(io, path as string, options) },
};

/** Runs one command; returns the exit code. Expected failures print one line. */
export async function run(argv: string[], io: CliIo = nodeIo): Promise<number> {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        style: { type: 'string' },
        'style-file': { type: 'string' },
        preset: { type: 'string' },
        issue: { type: 'string' },
        from: { type: 'string' },
        date: { type: 'string' },
        number: { type: 'string' },
        links: { type: 'boolean' },
        archive: { type: 'string', multiple: true },
        since: { type: 'string' },
        'only-new': { type: 'string' },
        json: { type: 'boolean' },
        offline: { type: 'boolean' },
        timeout: { type: 'string' },
        slow: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [name, ...paths] = positionals;
    if (values.help || name === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    if (!name) throw new CliError('no command given; run "digest-clipper --help"', 2);
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new CliError(`unknown command "${name}"; run "digest-clipper --help"`, 2);
    if (paths.length === 0 && command.files > 0)
      throw new CliError(`${name}: missing the input file`, 2);
    if (paths.length < command.files) {
      throw new CliError(`${name}: needs ${command.files} files, got ${paths.length}`, 2);
    }
    const extra = command.many ? undefined : paths[command.files];
    if (extra !== undefined) throw new CliError(`${name}: unexpected argument "${extra}"`, 2);
    const { 'style-file': styleFile, 'only-new': onlyNew, ...rest } = values;
    const code = await command.run(io, paths, {
      ...rest,
      ...(styleFile === undefined ? {} : { styleFile }),
      ...(onlyNew === undefined ? {} : { onlyNew }),
    });
    return typeof code === 'number' ? code : 0;
  } catch (error) {
    // Argument errors from parseArgs carry a code; anything else unexpected is still one line.
    const known = error instanceof CliError;
    const isUsage = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ?? false;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`digest-clipper: ${message.split('\n')[0]}\n`);
    return known ? error.exitCode : isUsage ? 2 : 1;
  }
}
