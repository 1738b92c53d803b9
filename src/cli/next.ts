import { nextEdition } from '../core/issue/next-edition';
import { isIsoDate } from '../core/model/dates';
import { CliError, type CliIo, writeText } from './io';
import { readEdition } from './merge-md';
import { chosenStyle, type StyleOptions } from './style-options';

/**
 * `next PREVIOUS.md [-o NEXT.md] [--date D] [--number N]`: starts the next edition from the
 * previous one (its items taken out, its frame moved on, everything else kept), for a
 * team's cron job as much as for an editor. An existing NEXT.md is never written over: it
 * may already hold the week's first links.
 */

export interface NextOptions extends StyleOptions {
  output?: string;
  date?: string;
  number?: string;
}

async function exists(io: CliIo, path: string): Promise<boolean> {
  try {
    await io.readFile(path);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

export async function nextCommand(io: CliIo, path: string, options: NextOptions): Promise<void> {
  if (options.date !== undefined && !isIsoDate(options.date)) {
    throw new CliError(`next: --date "${options.date}" is not a date as YYYY-MM-DD`, 2);
  }
  if (options.number !== undefined && !/^\d{1,9}$/.test(options.number)) {
    throw new CliError(`next: --number "${options.number}" is not a whole number`, 2);
  }
  const previous = await readEdition(io, path);
  if (previous.trim() === '') throw new CliError(`${path}: is empty, expected a digest edition`);
  const style = await chosenStyle(io, options);
  const result = nextEdition(previous, {
    ...(style ? { style } : {}),
    ...(options.date === undefined ? {} : { date: options.date }),
    ...(options.number === undefined ? {} : { number: Number(options.number) }),
  });
  if (!result.ok) throw new CliError(`${path}: ${result.error}`);
  const out = options.output;
  if (out !== undefined && (await exists(io, out))) {
    throw new CliError(`${out}: already exists; the next edition was not written over it`);
  }
  await writeText(io, out, result.value.markdown);
  const { number, date, removed } = result.value;
  const which = [number === null ? '' : `number ${number}`, date === null ? '' : `dated ${date}`];
  io.stderr(
    `Started the next edition${which.some(Boolean) ? ` (${which.filter(Boolean).join(', ')})` : ''} from ${path}, style ${result.value.style}: ${removed} item(s) taken out.\n`,
  );
  if (date === null) io.stderr(`${path}: its frame shows no date, so none was moved on.\n`);
}
