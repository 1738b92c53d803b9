/**
 * The side panel's strings in English; shown text comes from `_locales` (`sp_<name>`),
 * this map is the fallback and what `_locales/en` must equal (unit test).
 */
export const PANEL_STRINGS = {
  title: 'Digest Clipper side panel',
  clipTab: 'Clip this tab',
  clipInto: 'Clip this tab into $1',
  clipped: 'Clipped “$1” into $2.',
  already: 'This tab is already in the issue, in $1.',
  noTab:
    'This tab cannot be read from here. Click the toolbar button or press the shortcut on the page first, then clip it.',
  openWorkspace: 'Open the workspace',
  loading: 'Loading…',
  error: 'Something went wrong: $1',
  comment: 'Comment',
  save: 'Save',
  cancel: 'Cancel',
  conflict: 'Not saved: the comment was changed in another window meanwhile. Its text: $1',
  deleted: 'Moved “$1” to the trash.',
  restored: 'Restored “$1”.',
  undo: 'Undo',
  dismiss: 'Dismiss',
};
export type PanelKey = keyof typeof PANEL_STRINGS;

type ChromeGlobal = {
  chrome?: { i18n?: { getMessage?: (key: string, subs: string[]) => string } };
};

export function pt(key: PanelKey, ...subs: (string | number)[]): string {
  const values = subs.map(String);
  const localized = (globalThis as ChromeGlobal).chrome?.i18n?.getMessage?.(`sp_${key}`, values);
  if (localized) return localized;
  return PANEL_STRINGS[key].replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
}
