import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Which clip is the outline's focus, and focus put back on it after a write: a move
 * re-renders the list (and a moved node loses focus in every browser), so once the
 * host says the new data is shown, the clip's row is focused again.
 */
export function useOutlineFocus(ids: string[]) {
  const [focusId, setFocusId] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const [, setToken] = useState(0);
  useEffect(() => {
    const id = pending.current;
    if (!id) return;
    const row = document.getElementById(`clip-${id}`);
    if (!row) return;
    pending.current = null;
    if (document.activeElement !== row) row.focus();
  });
  /**
   * Focuses a clip's row now, or once it is rendered. Now when it is on the page: the
   * next key goes to whatever has focus, and a key pressed before a render had moved it
   * (a fast typist, key repeat, a busy machine) would act on the row it came from.
   */
  const focusClip = (id: string | null) => {
    if (!id) return;
    setFocusId(id);
    // The render this causes checks again, in case it re-created the row.
    pending.current = id;
    setToken((n) => n + 1);
    document.getElementById(`clip-${id}`)?.focus();
  };
  // The tab stop: the focused clip while it is shown, else the first.
  const stop = focusId && ids.includes(focusId) ? focusId : (ids[0] ?? null);
  return { focusId: stop, setFocusId, focusClip };
}

/** The selection: a set of clip ids, with the anchor Shift-click ranges start from. */
export function useSelection(ids: string[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  // Clips that left the outline (deleted, published) leave the selection too.
  const live = new Set([...selected].filter((id) => ids.includes(id)));
  const toggle = (id: string, on = !live.has(id)) => {
    const next = new Set(live);
    if (on) next.add(id);
    else next.delete(id);
    anchor.current = id;
    setSelected(next);
  };
  const range = (to: string) => {
    const from = anchor.current && ids.includes(anchor.current) ? anchor.current : to;
    const a = Math.min(ids.indexOf(from), ids.indexOf(to));
    const b = Math.max(ids.indexOf(from), ids.indexOf(to));
    setSelected(new Set([...live, ...ids.slice(a, b + 1)]));
  };
  const add = (...more: string[]) => setSelected(new Set([...live, ...more]));
  const clear = () => setSelected(new Set());
  /** The clips an action on `id` applies to: the selection if `id` is in it, else `id`. */
  const targets = (id: string) => (live.has(id) ? ids.filter((c) => live.has(c)) : [id]);
  return { selected: live, toggle, range, add, clear, targets, anchor };
}
