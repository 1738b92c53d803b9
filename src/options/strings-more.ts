/**
 * The second half of the workspace's English strings (see strings.ts), split off to keep
 * each file short. `_locales/<lang>/messages.json` holds them as `ws_<name>` too.
 */
export const EN_MORE = {
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
export type MoreKey = keyof typeof EN_MORE;
