import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

export interface MenuItem {
  label: string;
  run: () => void;
  danger?: boolean;
}

interface Props {
  /** Asked for when the menu opens: two hundred rows need no two hundred item lists. */
  items: () => MenuItem[];
  /** The clip's heading element, which describes the button. */
  describedBy: string;
  tabIndex: number;
}

/**
 * A clip's action menu (menu button pattern): the button opens a list of menu items,
 * the arrow keys move between them, Escape or Tab closes it and focus returns to the
 * button. Rendered only while open, so two hundred clips carry two hundred buttons, not
 * two thousand items.
 */
export function ClipMenu({ items, describedBy, tabIndex }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) list.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const entries = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => entries[(index + entries.length) % entries.length]?.focus();
    event.stopPropagation();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(entries.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <span class="clip-menu">
      <button
        ref={button}
        type="button"
        class="quiet menu-button"
        tabIndex={tabIndex}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-describedby={describedBy}
        onClick={() => setOpen(!open)}
      >
        {t('ol_actions')}
      </button>
      {open && (
        <div
          ref={list}
          role="menu"
          class="menu"
          aria-label={t('ol_actions')}
          onKeyDown={onKeyDown}
          onFocusOut={(event) => {
            const next = event.relatedTarget as Node | null;
            if (!next || !list.current?.contains(next)) setOpen(false);
          }}
        >
          {items().map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              class={item.danger ? 'danger' : undefined}
              onClick={() => {
                setOpen(false);
                item.run();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
