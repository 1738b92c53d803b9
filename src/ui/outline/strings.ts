/**
 * The outline's strings in English, shared by the workspace and the side panel. Shown
 * text comes from `_locales` (`ol_<name>`, English and Japanese); this map is the fallback
 * where no `chrome.i18n` exists and what `_locales/en` must equal (unit test).
 */
export const OUTLINE_STRINGS = {
  outline: 'Clips of the issue',
  sections: 'Sections',
  clipsIn: 'Clips in $1',
  noClips: 'No clips here yet. Drag one here or add one.',
  unnamed: '(before the first section)',
  noComment: 'No comment yet',
  select: 'Select',
  drag: 'Drag to move; drop on another section or its name in the list',
  actions: 'More actions',
  edit: 'Edit',
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveTo: 'Move to $1',
  delete: 'Delete',
  selected: 'Selected: $1',
  bulkMoveTo: 'Move selected to',
  bulkChoose: 'Choose a section…',
  bulkDelete: 'Delete selected',
  bulkCarry: 'Carry over selected',
  clearSelection: 'Clear selection',
  thisTab: 'This tab',
  shortcuts: 'Keyboard shortcuts',
  shortcutsButton: 'Shortcuts (?)',
  close: 'Close',
  keyNext: 'Next / previous clip',
  keyMove: 'Move the clip one place, across sections too',
  keyFile: 'File the clip (or the selection) into the nth section',
  keyEdit: 'Edit the clip in place',
  keyDelete: 'Delete the clip or the selection',
  keyComment: "Write the clip's comment in place",
  keyPublish: 'Publish the issue…',
  keyUndo: 'Undo the last delete',
  keySelect: 'Select or unselect the clip',
  keyExtend: 'Extend the selection (also Shift-click; Ctrl-click adds one)',
  keyClear: 'Clear the selection',
  keySearch: 'Search all clips',
  keyHelp: 'Show these shortcuts',
};
export type OutlineKeyName = keyof typeof OUTLINE_STRINGS;

type ChromeGlobal = {
  chrome?: { i18n?: { getMessage?: (key: string, subs: string[]) => string } };
};

export function ot(key: OutlineKeyName, ...subs: (string | number)[]): string {
  const values = subs.map(String);
  const localized = (globalThis as ChromeGlobal).chrome?.i18n?.getMessage?.(`ol_${key}`, values);
  if (localized) return localized;
  return OUTLINE_STRINGS[key].replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
}
