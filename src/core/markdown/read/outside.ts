import type { Clip } from '../../model';
import { neutralHiddenMarkdown } from '../../text/hidden-markdown';
import { bare, splitLines, withEol } from '../document/lines';
import { allStyles } from '../style/catalog';
import { type CompiledStyle, compileStyle } from '../style/compile';
import type { HouseStyle } from '../style/schema';
import { clipSum, DERIVED, TEMPLATE_FIELDS } from '../template/values';
import { renderItem } from '../write/parts';
import { readItem } from './item-text';

/**
 * Clips that come from outside this profile (a teammate's pack, a backup made elsewhere, a
 * merged file) are data, never trusted Markdown. An imported item's exact text
 * (`clip.source`) is written in place of the item while its checksum matches, and the
 * checksum is of the clip's own fields, so anyone can make one: a pack whose clip looks
 * harmless in the outline could put any markup into the issue. So an outside clip keeps
 * its text only when it is what the style itself writes for the clip's fields, or when
 * the style reads it back to exactly those fields and it holds no tag, comment, heading,
 * image or foreign link beyond what the style's own writing of them holds. Otherwise its
 * text becomes what the house style writes for its fields; the rest of the source (which
 * of the style's shapes the item has) stays. Its hidden lead, which no one sees in the
 * workspace, is neutralised (text/hidden-markdown.ts).
 */

type Source = NonNullable<Clip['source']>;

/** The markup a reader acts on, as counts: tags, comments, headings, images, links. */
function markup(text: string): Map<string, number> {
  const found = new Map<string, number>();
  const add = (key: string) => found.set(key, (found.get(key) ?? 0) + 1);
  for (const match of text.matchAll(/<([A-Za-z/!?][A-Za-z0-9-]*)/g))
    add(`<${(match[1] as string).toLowerCase()}`);
  for (const line of text.split('\n')) {
    // Any level: the style reads an item's heading one level higher too.
    if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)) add('heading');
    if (/^ {0,3}(?:=+|-+)[ \t]*$/.test(line)) add('underline');
    if (/^ {0,3}\[[^\]]*\]:/.test(line)) add('definition');
  }
  for (const match of text.matchAll(/(!?)\]\(\s*<?\s*([A-Za-z][A-Za-z0-9+.-]*:)?/g)) {
    add(match[1] ? 'image' : `link:${(match[2] ?? '').toLowerCase()}`);
  }
  return found;
}

/** Every piece of markup in `text` is also in `allowed`, as many times at least. */
function within(text: string, allowed: string): boolean {
  const limit = markup(allowed);
  for (const [key, count] of markup(text)) if (count > (limit.get(key) ?? 0)) return false;
  return true;
}

/** The clip a reading gives, as the importer makes it (read/assemble.ts). */
function readBack(values: Record<string, string>, clip: Clip): Clip {
  const read: Clip = {
    ...clip,
    url: values.url ?? '',
    pageTitle: values.pageTitle ?? '',
    description: values.description ?? '',
    heading: values.heading ?? '',
    comment: values.comment ?? '',
  };
  delete read.lead;
  delete read.clippedBy;
  delete read.extra;
  if (values.lead) read.lead = values.lead;
  if (values.clippedBy) read.clippedBy = values.clippedBy;
  const known = new Set<string>(TEMPLATE_FIELDS);
  const extra = Object.entries(values).filter(
    ([name, value]) => value !== '' && !known.has(name) && !DERIVED.has(name),
  );
  if (extra.length) read.extra = Object.fromEntries(extra);
  return read;
}

function trusted(source: Source, clip: Clip, style: CompiledStyle): boolean {
  const template = style.items[source.shape];
  if (!template || source.sum !== clipSum(clip)) return false;
  const lines = splitLines(source.text).map(bare);
  while (lines.length && (lines.at(-1) ?? '').trim() === '') lines.pop();
  const text = lines.join('\n');
  const written = renderItem(style, clip, source.shape);
  if (text === written) return true;
  // Read as the importer reads it, without the document: a reference link stays unread.
  const values = readItem(template, text, new Map());
  return values !== null && clipSum(readBack(values, clip)) === source.sum && within(text, written);
}

/** An outside clip as this profile keeps it: its lead neutralised, its text kept if trusted. */
function fromOutside(clip: Clip, styles: ReadonlyMap<string, HouseStyle>): Clip {
  const lead = clip.lead === undefined ? undefined : neutralHiddenMarkdown(clip.lead);
  const { source, ...rest } = clip;
  const plain: Clip = lead === undefined ? rest : { ...rest, lead };
  if (!source) return lead === clip.lead ? clip : plain;
  const house = styles.get(source.style);
  const style = house ? compileStyle(house) : undefined;
  if (!style?.items[source.shape]) return plain;
  // A changed lead changes the checksum: the text it was read with is no longer the clip's.
  if (lead === clip.lead && trusted(source, plain, style)) return clip;
  const eol = source.text.includes('\r\n') ? '\r\n' : '\n';
  const text = `${withEol(renderItem(style, plain, source.shape), eol)}${eol}`;
  return { ...plain, source: { ...source, text } };
}

/**
 * Clips from outside this profile as it keeps them (see above). `styles` are the house
 * styles that came with them (a backup's own); the built-in ones are always known.
 */
export function clipsFromOutside<T extends Clip>(
  clips: readonly T[],
  styles: readonly HouseStyle[],
): T[] {
  const byName = new Map(allStyles(styles).map((style) => [style.name, style]));
  return clips.map((clip) => fromOutside(clip, byName) as T);
}
