import { mergeEditions } from '../core/merge/editions';
import { CliError, type CliIo, readText, writeText } from './io';
import { chosenStyle, type StyleOptions } from './style-options';

/**
 * `merge-md BASE OURS THEIRS [-o OUT]`: the edition merge as a git merge driver. git runs
 * it as `merge-md %O %A %B -o %A` and reads its exit code: 0 merged, 1 conflicts remain
 * (written with git's markers around just the items or lines in conflict, so the file
 * stays usable), 2 anything else (an unreadable, binary or non-UTF-8 file, one over the
 * size limit, bad usage), with one line on stderr and nothing written.
 */

export interface MergeMdOptions extends StyleOptions {
  output?: string;
}

/** Every failure of this command is exit 2: exit 1 tells git that conflicts remain. */
async function failingWith2<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof CliError) throw new CliError(error.message, 2);
    throw new CliError(error instanceof Error ? error.message : String(error), 2);
  }
}

/** The text with its byte order mark, which the decoder drops and the merge keeps. */
export async function readEdition(io: CliIo, path: string): Promise<string> {
  const text = await readText(io, path, 'markdown');
  const head = await io.readFile(path).then((bytes) => bytes.subarray(0, 3));
  return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? `\uFEFF${text}` : text;
}

export async function mergeMdCommand(
  io: CliIo,
  [base, ours, theirs]: string[],
  options: MergeMdOptions,
): Promise<number> {
  return failingWith2(async () => {
    const texts = [];
    for (const path of [base, ours, theirs]) texts.push(await readEdition(io, path as string));
    const style = await chosenStyle(io, options);
    const [b, o, t] = texts as [string, string, string];
    const merged = mergeEditions(b, o, t, style ? { style } : {});
    await writeText(io, options.output, merged.text);
    const where = options.output ?? 'the output';
    if (merged.fallback) io.stderr(`digest-clipper: merge-md: ${merged.fallback}\n`);
    if (merged.clean) return 0;
    const sections = [...new Set(merged.conflicts.map((c) => c.section || 'the frame'))];
    io.stderr(
      `digest-clipper: merge-md: ${merged.conflicts.length} conflict(s) left in ${where} (${sections.join(', ')}), marked with <<<<<<< ours / >>>>>>> theirs\n`,
    );
    return 1;
  });
}
