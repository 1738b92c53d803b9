import type { ComponentChildren } from 'preact';
import { itemHeading, siteOf } from '../../core/markdown';
import type { Clip } from '../../core/model';
import { safeHref } from '../../core/text/escape';
import { t } from '../i18n';
import { ClipMenu, type MenuItem } from './ClipMenu';
import { firstLine } from './model';

interface Props {
  clip: Clip;
  /** The one clip of the outline in the tab order (roving tabindex). */
  tabStop: boolean;
  selected: boolean;
  highlighted: boolean;
  editor: ComponentChildren | null;
  menu: () => MenuItem[];
  onEdit: (() => void) | null;
  onRowClick: (event: MouseEvent) => void;
  onToggle: (on: boolean) => void;
  onFocus: () => void;
  onDragStart: (event: DragEvent) => void;
  onDragEnd: () => void;
}

/** Clicks on these are the control's own, not a click that selects the row. */
const CONTROLS = 'button, a, input, select, textarea, label, [role="menu"]';

/**
 * One clip as a line or two: its heading, then the site and the comment's first line.
 * The row itself takes focus (the outline's keys act on it); its controls show on hover
 * or focus and join the tab order only while the row is the outline's tab stop.
 */
export function ClipRow(props: Props) {
  const { clip, tabStop, editor } = props;
  const headingId = `clip-${clip.id}-heading`;
  const href = safeHref(clip.url);
  const site = siteOf(clip.url) || clip.url;
  const comment = firstLine(clip.comment);
  const inner = tabStop ? 0 : -1;
  const classes = ['clip-row'];
  if (props.selected) classes.push('selected');
  if (props.highlighted) classes.push('highlighted');
  if (editor) classes.push('editing');
  return (
    <li
      class={classes.join(' ')}
      data-clip-id={clip.id}
      draggable={!editor}
      onDragStart={props.onDragStart}
      onDragEnd={props.onDragEnd}
    >
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the row's keys are the outline's (keys.ts); a click only selects */}
      <article
        id={`clip-${clip.id}`}
        class="clip-card"
        tabIndex={tabStop ? 0 : -1}
        aria-labelledby={headingId}
        onFocus={(event) => event.target === event.currentTarget && props.onFocus()}
        onClick={(event) => {
          if (!(event.target as HTMLElement).closest(CONTROLS)) props.onRowClick(event);
        }}
      >
        <span class="handle" aria-hidden="true" title={t('ol_drag')}>
          ⠿
        </span>
        <input
          type="checkbox"
          class="select"
          tabIndex={inner}
          checked={props.selected}
          aria-label={t('ol_select')}
          aria-describedby={headingId}
          onChange={(event) => props.onToggle((event.currentTarget as HTMLInputElement).checked)}
        />
        <div class="clip-text">
          <h3 id={headingId}>
            {itemHeading(clip)}
            {props.highlighted && <span class="tag">{t('ol_thisTab')}</span>}
          </h3>
          <p class="clip-line">
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" tabIndex={inner}>
                {site}
              </a>
            ) : (
              <span>{site}</span>
            )}
            {' · '}
            <span class={comment ? 'comment-line' : 'comment-line muted'}>
              {comment || t('ol_noComment')}
            </span>
          </p>
        </div>
        <div class="clip-tools">
          {props.onEdit && !editor && (
            <button
              type="button"
              class="quiet"
              tabIndex={inner}
              aria-describedby={headingId}
              onClick={props.onEdit}
            >
              {t('ol_edit')}
            </button>
          )}
          <ClipMenu items={props.menu} describedBy={headingId} tabIndex={inner} />
        </div>
        {editor && <div class="clip-editor">{editor}</div>}
      </article>
    </li>
  );
}
