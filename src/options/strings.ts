/**
 * The workspace's visible strings in English. The shown text comes from `_locales`
 * (`ws_<name>`, English and Japanese) through `tr()`; this map is the fallback where no
 * `chrome.i18n` exists (unit tests) and the source the `_locales/en` entries must equal
 * (test/unit/options/strings.test.ts). `$1`, `$2` are filled as `_locales` would.
 */
const EN = {
  appTitle: 'Digest Clipper workspace',
  loading: 'Loading…',
  viewDraft: 'Draft',
  viewSearch: 'Search',
  viewTrash: 'Trash',
  viewPast: 'Past issues',
  viewCategories: 'Categories',
  viewData: 'Data',
  views: 'Workspace views',
  sections: 'Sections',
  issueSettings: 'Issue',
  issueTitle: 'Issue title',
  issueTitleHint: '{date} becomes the issue date and {number} the issue number, e.g. $1',
  issueNumber: 'Issue number',
  issueDate: 'Issue date',
  headerLines: 'Header lines',
  headerLinesHint: 'Written under the title as they are, e.g. the embedly <script> line.',
  intro: 'Intro',
  afterwordHeading: 'Afterword heading',
  afterword: 'Afterword',
  houseStyle: 'House style',
  sectionText: 'Text under the heading',
  clipsIn: 'Clips in $1',
  noClips: 'No clips here yet. Drag one here or add one.',
  unnamed: '(before the first section)',
  moveUp: 'Move up',
  moveDown: 'Move down',
  category: 'Category',
  edit: 'Edit',
  delete: 'Delete',
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  addClip: 'Add clip',
  heading: 'Heading',
  url: 'URL',
  pageTitle: 'Page title',
  description: 'Description',
  comment: 'Comment',
  commentHint: 'Markdown, kept exactly as typed. Ctrl+Enter saves.',
  clipped: 'Clipped $1',
  noComment: 'No comment yet',
  deleted: 'Moved “$1” to the trash.',
  undo: 'Undo',
  restored: 'Restored “$1”.',
  saved: 'Saved.',
  dismiss: 'Dismiss',
  conflict: 'This was changed in another window since you started editing.',
  conflictTheirs: 'Their version of $1:',
  keepMine: 'Keep my version',
  useTheirs: 'Use their version',
  missing: 'This was deleted or published in another window; your text is still here to copy.',
  preview: 'Preview',
  markdown: 'Markdown',
  rendered: 'Rendered',
  renderedNote: 'Images, frames and scripts are not loaded in this preview.',
  checks: 'Checks',
  checksNone: 'Nothing to look at: every clip has a comment and a clean link.',
  checkNoComment: '“$1” has no comment.',
  checkNoLink: '“$1” has no usable http(s) link, so it gets no card.',
  checkEmpty: '$1 is empty and will be left out.',
  checkDuplicate: 'The same article is clipped $1 times: $2.',
  checkTracking: '“$1” still has tracking parameters: $2.',
  copyMarkdown: 'Copy Markdown',
  copied: 'Copied the Markdown to the clipboard.',
  copyFailed: 'The clipboard refused; the Markdown is selected, press Ctrl+C to copy it.',
  downloadMarkdown: 'Download Markdown',
  publish: 'Publish issue',
  publishIntro:
    'Publishing freezes “$1” with its Markdown as it is now and starts the next draft: number $2, date $3. It keeps the title, header lines, intro, preset and categories; the afterword starts empty.',
  carryOver: 'Carry over to the next issue (left out of this one)',
  published: 'Published “$1”. The next draft is open.',
  importMarkdown: 'Import Markdown',
  importIntro:
    'Replaces this draft’s fields and clips with an issue written in Markdown. Its current clips go to the trash, where they can be restored.',
  importText: 'Markdown of an issue',
  importFile: 'Or open a file',
  importButton: 'Import',
  imported: 'Imported the issue into the draft. Clips: $1.',
  importEmpty: 'This does not look like a digest issue: no title, sections or items were found.',
  trashTitle: 'Trash',
  trashEmptyNote: 'The trash is empty.',
  restore: 'Restore',
  emptyTrash: 'Empty trash',
  emptyTrashConfirm: 'Delete everything in the trash for good? Clips: $1. This cannot be undone.',
  emptied: 'Emptied the trash.',
  deletedAt: 'Deleted $1',
  pastTitle: 'Past issues',
  pastNone: 'No issue has been published yet.',
  open: 'Open',
  pastMarkdown: 'Published Markdown',
  searchTitle: 'Search all clips',
  searchText: 'Search',
  searchAll: 'All',
  searchIssue: 'Issue',
  searchFrom: 'Clipped from',
  searchTo: 'Clipped until',
  searchCount: 'Clips found: $1',
  searchMore: 'Showing the newest $1.',
  showInDraft: 'Show in draft',
  categoriesTitle: 'Categories',
  emoji: 'Emoji',
  name: 'Name',
  addCategory: 'Add category',
  remove: 'Remove',
  removeTitle: 'Remove “$1”',
  removeIntro: 'Its clips, in every issue and in the trash, move to the category you choose.',
  moveClipsTo: 'Move its clips to',
  removed: 'Removed the category. Clips moved: $1.',
  /** The language of these strings, for `<html lang>`; each locale says its own. */
  lang: 'en',
  draftLabel: 'draft',
  sidebar: 'Preview and export',
  numberInvalid: 'Enter a whole number, or leave it empty.',
  dateInvalid: 'Enter a date such as 2022-07-29.',
  imageAlt: '[image: $1]',
  error: 'Something went wrong: $1',
  /** Page text quoted inside a sentence; Japanese quotes with 「」. */
  quoted: '“$1”',
  urlEmpty: 'Enter the address of the page to clip.',
  urlTooLong: 'This address is longer than $1 characters.',
  urlNotUrl: 'This is not a complete web address; it should start with https://.',
  urlScript:
    'Script links (javascript:) cannot be clipped: they run code instead of opening a page.',
  urlData: 'Data URLs cannot be clipped: the page lives inside the link and cannot be shared.',
  urlFile:
    'Files on this computer (file:) cannot be clipped: readers of the digest cannot open them.',
  urlScheme: 'Only web pages (http or https) can be clipped, not $1 links.',
  urlCredentials: 'This address contains a user name or password; remove it first.',
  issueMore: 'More issue settings (header, intro, afterword, style)',
  publishInvalid: 'Not published: the $1 field is not valid. $2',
  publishChanged:
    'Not published: the issue changed since the preview was shown (a field was still saving, or another window changed it). Check the preview and publish again.',
};
export type StringKey = keyof typeof EN;

// Typed here rather than through @types/chrome, which the extension's tsconfig leaves out.
type ChromeGlobal = {
  chrome?: { i18n?: { getMessage?: (key: string, subs: string[]) => string } };
};

/** Every string, English; `_locales/<lang>/messages.json` holds them as `ws_<name>`. */
export const WORKSPACE_STRINGS: Record<StringKey, string> = EN;
const ALL = WORKSPACE_STRINGS;

export function tr(key: StringKey, ...subs: (string | number)[]): string {
  const values = subs.map(String);
  const localized = (globalThis as ChromeGlobal).chrome?.i18n?.getMessage?.(`ws_${key}`, values);
  if (localized) return localized;
  return ALL[key].replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
}
