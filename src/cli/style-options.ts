import type { HouseStyle } from '../core/markdown';
import { allStyles, findStyle } from '../core/markdown';
import { parseStyle } from '../core/markdown/style/parse';
import { CliError, type CliIo, readText } from './io';

export interface StyleOptions {
  style?: string;
  styleFile?: string;
  /** The first version's name for `--style`, kept so scripts keep working. */
  preset?: string;
}

/** A style file from disk, validated down to its templates. */
export async function loadStyleFile(io: CliIo, path: string): Promise<HouseStyle> {
  const text = await readText(io, path, 'json');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CliError(`${path}: not valid JSON; a style file is a JSON object`);
  }
  const parsed = parseStyle(data);
  if (!parsed.ok) throw new CliError(`${path}: ${parsed.error}`);
  return parsed.value;
}

/** The style the options name, among the built-in ones and `custom`; undefined for none. */
export async function chosenStyle(
  io: CliIo,
  options: StyleOptions,
  custom: readonly HouseStyle[] = [],
): Promise<HouseStyle | undefined> {
  const named = options.style ?? options.preset;
  if (options.styleFile && named) throw new CliError('give --style or --style-file, not both', 2);
  if (options.styleFile) return loadStyleFile(io, options.styleFile);
  if (named === undefined) return undefined;
  const style = findStyle(named, custom);
  if (!style) {
    const names = allStyles(custom).map((s) => s.name);
    throw new CliError(
      `unknown style "${named}"; choose one of ${names.join(', ')} (see "styles")`,
      2,
    );
  }
  return style;
}
