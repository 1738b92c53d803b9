import {
  escapeHeading,
  escapeInline,
  escapeLinkText,
  escapeText,
  safeDestination,
  safeHref,
  singleLine,
} from './escape';
import type { Clip, PresetName } from './model';

/** How one house style writes an item: its heading line and its link card. */
export interface Preset {
  name: PresetName;
  headingLine(clip: Clip): string;
  /** The card block, or null when the style has none or the clip has no usable URL. */
  card(clip: Clip): string | null;
}

/** The heading shown for an item: the editor's, else the page title, else the URL. */
export function itemHeading(clip: Pick<Clip, 'heading' | 'pageTitle' | 'url'>): string {
  return firstGiven(clip.heading, clip.pageTitle, clip.url);
}

function cardTitle(clip: Clip): string {
  return firstGiven(clip.pageTitle, clip.heading, clip.url);
}

/**
 * The first text with something visible once folded to one line. A title of only spaces or
 * line breaks would make an empty `###` heading: a blank item to the reader, and no item
 * at all to the importer.
 */
function firstGiven(...texts: string[]): string {
  return texts.find((text) => singleLine(text).trim() !== '') ?? texts.at(-1) ?? '';
}

const plainHeading = (clip: Clip) => `### ${escapeHeading(itemHeading(clip))}`;

const embedlyLink: Preset = {
  name: 'embedly-link',
  headingLine: plainHeading,
  card(clip) {
    const href = safeHref(clip.url);
    if (href === null) return null;
    return `<a class="embedly-card" data-card-controls="0" href="${href}">${escapeInline(cardTitle(clip))}</a>`;
  },
};

const embedlyBlockquote: Preset = {
  name: 'embedly-blockquote',
  headingLine: plainHeading,
  card(clip) {
    const href = safeHref(clip.url);
    if (href === null) return null;
    const title = `<h4><a href="${href}">${escapeText(cardTitle(clip))}</a></h4>`;
    const description = clip.description ? `<p>${escapeText(clip.description)}</p>` : '';
    return `<blockquote class="embedly-card" data-card-controls="0">${title}${description}</blockquote>`;
  },
};

const markdownLink: Preset = {
  name: 'markdown-link',
  headingLine(clip) {
    const href = safeDestination(clip.url);
    if (href === null) return plainHeading(clip);
    return `### [${escapeLinkText(itemHeading(clip))}](${href})`;
  },
  card: () => null,
};

export const PRESETS: Record<PresetName, Preset> = {
  'embedly-link': embedlyLink,
  'embedly-blockquote': embedlyBlockquote,
  'markdown-link': markdownLink,
};
