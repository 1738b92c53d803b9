/**
 * The outline's keys, read from a keydown on a clip (the key map the `?` dialog lists).
 * Pure, so the mapping is tested without a browser.
 */
export type OutlineKey =
  | { type: 'focus'; delta: 1 | -1; extend: boolean }
  | { type: 'move'; delta: 1 | -1 }
  | { type: 'file'; nth: number }
  | { type: 'edit'; comment: boolean }
  | { type: 'delete' }
  | { type: 'toggle' }
  | { type: 'clear' }
  | { type: 'undo' };

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export function outlineKey(event: KeyLike): OutlineKey | null {
  const { key, altKey, ctrlKey, metaKey, shiftKey } = event;
  if (ctrlKey || metaKey) return null;
  if (altKey) {
    if (key === 'ArrowUp') return { type: 'move', delta: -1 };
    if (key === 'ArrowDown') return { type: 'move', delta: 1 };
    return null;
  }
  switch (key) {
    case 'j':
    case 'J':
    case 'ArrowDown':
      return { type: 'focus', delta: 1, extend: shiftKey };
    case 'k':
    case 'K':
    case 'ArrowUp':
      return { type: 'focus', delta: -1, extend: shiftKey };
    case 'Enter':
    case 'e':
      return shiftKey ? null : { type: 'edit', comment: false };
    case 'c':
      return { type: 'edit', comment: true };
    case 'Delete':
    case 'Backspace':
      return { type: 'delete' };
    case ' ':
    case 'x':
      return { type: 'toggle' };
    case 'Escape':
      return { type: 'clear' };
    case 'z':
      return { type: 'undo' };
  }
  if (!shiftKey && /^[1-9]$/.test(key)) return { type: 'file', nth: Number(key) };
  return null;
}

/** Typing in a field, a list or an editable region keeps its keys. */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element?.closest) return false;
  return !!element.closest(
    'input, textarea, select, [contenteditable=""], [contenteditable="true"]',
  );
}
