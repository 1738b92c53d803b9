/**
 * The Digest and style view's visible strings in English. The shown text comes from
 * `_locales` (`styles_<key>`, English and Japanese); this map is the fallback where no
 * `chrome.i18n` exists, and a unit test holds `_locales/en` equal to it.
 */
const EN = {
  title: 'Digest and style',
  digest: 'Digest',
  newDigest: 'New digest',
  newDigestTitle: 'A new digest',
  digestName: 'Name',
  digestStyle: 'House style',
  create: 'Create',
  created: 'Created the digest $1; new clips go into it.',
  cancel: 'Cancel',
  switched: 'Now filing into $1.',
  settingsTitle: 'This digest',
  numberStep: 'Number step',
  dateStep: 'Days between issues',
  titleTemplate: 'Issue title',
  header: 'Header lines',
  intro: 'Intro',
  afterwordHeading: 'Afterword heading',
  templatesHint:
    '{number} and {date} are filled in from each issue, so the next one numbers itself.',
  checksTitle: 'Checks shown beside the preview',
  check_noComment: 'Items without a comment',
  check_noLink: 'Items without a link',
  check_emptyCategory: 'Empty sections',
  check_duplicateUrl: 'The same link twice',
  check_tracking: 'Tracking parameters',
  check_siteRule: 'The site’s rules on the file',
  check_notACard: 'Links the site will not show as cards',
  check_earlierIssue: 'Links from an earlier issue',
  save: 'Save',
  saved: 'Saved.',
  styleTitle: 'House style',
  styleOf: 'Style $1: $2',
  editCopy: 'Edit a copy',
  editStyle: 'Edit',
  styleName: 'Style name',
  styleLabel: 'Description',
  frame: 'Issue frame',
  section: 'Section heading',
  parent: 'Line above the sections',
  items: 'Item templates, one per box; the first writes new items',
  addItem: 'Add an item template',
  tight: 'Items follow each other without a blank line',
  separator: 'Separator line between blocks',
  afterword: 'Afterword',
  file: 'File path',
  variables:
    'Variables: {heading} {url} {pageTitle} {description} {comment} {site} {clippedBy} {prefix}; {#name}…{/name} writes its text only when name has a value.',
  invalid: 'Not saved: $1',
  previewTitle: 'The current issue in this style',
  lastGood: 'Showing the last good preview.',
  saveStyle: 'Save style',
  styleSaved: 'Saved the style $1; this digest now writes in it.',
  builtinName: '$1 is a built-in style’s name; choose another.',
  exportStyle: 'Export style',
  importStyle: 'Import a style file',
  styleImported: 'Imported the style $1.',
  styleRefused: 'Cannot use $1: $2',
  sampleTitle: 'A style from a past issue',
  sampleHint:
    'Paste or open an issue of your digest: the style that reads it best is proposed, and the issue becomes the draft to continue from, byte for byte.',
  sample: 'Past issue in Markdown',
  openSample: 'Open a file',
  readSample: 'Read it',
  detected: 'It reads best as $1: $2 items with a link in $3 sections.',
  importSample: 'Use this style and import the issue',
  sampleImported: 'Imported $1 items; this digest now writes in $2.',
  sampleEmpty: 'Paste or open an issue first.',
  filePath: 'File for the site: $1',
  findingSiteRule: '$1',
  findingNotACard:
    '“$1”: its link is not alone in a top-level paragraph, so the site will not show it as a card.',
  findingEarlierIssue: '“$1” was already in $2.',
};

export type StylesString = keyof typeof EN;
export const STYLES_STRINGS: Readonly<Record<StylesString, string>> = EN;

interface I18n {
  getMessage(name: string, substitutions?: string[]): string;
}

export function ts(key: StylesString, ...values: (string | number)[]): string {
  const subs = values.map(String);
  const i18n = (globalThis as { chrome?: { i18n?: I18n } }).chrome?.i18n;
  const translated = i18n?.getMessage(`styles_${key}`, subs);
  if (translated) return translated;
  return EN[key].replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
