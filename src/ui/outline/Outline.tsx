import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Category, type Clip, categoryLabel } from '../../core/model';
import { useFirstScreen } from '../first-screen';
import { t } from '../i18n';
import { BulkBar } from './BulkBar';
import { ClipRow } from './ClipRow';
import { isTyping, outlineKey } from './keys';
import { firstRows, flatIds, focusAfterRemoving, type OutlineSection, stepPlace } from './model';
import { SectionBlock } from './SectionBlock';
import { SectionList } from './SectionList';
import { useOutlineFocus, useSelection } from './use-outline-focus';

export interface OutlineProps {
  sections: OutlineSection[];
  /** Moves clips together to `index` of a section; resolves once the new order is shown. */
  onMove: (ids: string[], categoryId: string, index: number) => Promise<unknown>;
  /** Deletes clips (with Undo); `byKey` when the Delete key asked, so focus stays here. */
  onDelete: (ids: string[], byKey: boolean) => Promise<unknown>;
  onUndo?: () => void;
  onCarryOver?: (ids: string[]) => void;
  /** The inline editor of a clip; without it the outline offers no Edit. */
  renderEditor?: (
    clip: Clip,
    done: (next?: boolean) => void,
    comment: boolean,
  ) => ComponentChildren;
  sectionTools?: (category: Category) => ComponentChildren;
  highlight?: (clip: Clip) => boolean;
  onFocusClip?: (clip: Clip) => void;
  /** Asks for a clip to take focus (Show in draft); a new token asks again. */
  focusRequest?: { clipId: string; token: number } | null;
  showSectionList?: boolean;
}

/**
 * The issue as a dense outline, keyboard first: the rows are one tab stop, moved between
 * with j/k or the arrows; Alt+arrows move a clip, 1-9 file it, Enter edits, Delete
 * deletes; drag a row (or the selection) onto a section or its name in the section list.
 */
export function Outline(props: OutlineProps) {
  const { sections } = props;
  const ids = flatIds(sections);
  const shown = useFirstScreen(ids.length);
  const { focusId, setFocusId, focusClip } = useOutlineFocus(ids);
  const selection = useSelection(ids);
  const [editing, setEditing] = useState<{ id: string; comment: boolean } | null>(null);
  const [dragging, setDragging] = useState<string[] | null>(null);

  const token = props.focusRequest?.token;
  useEffect(() => {
    if (props.focusRequest) focusClip(props.focusRequest.clipId);
  }, [token]);

  // Writes run one after another, each reading the outline as the one before left it:
  // a key pressed twice quickly moves a clip two places, not one place twice.
  const latest = useRef({ props, sections });
  latest.current = { props, sections };
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = (run: () => Promise<unknown>) => {
    queue.current = queue.current
      .then(run)
      .catch(() => undefined)
      // The next write waits for the render of this one's data.
      .then(() => new Promise((done) => setTimeout(done, 0)));
  };
  // Focus goes back to a moved clip unless the editor has since gone elsewhere (j, k).
  const wentOn = useRef(0);
  const refocus = (id: string) => {
    const asked = wentOn.current;
    return () => wentOn.current === asked && focusClip(id);
  };
  const move = (list: string[], categoryId: string, index: number, focus: string) => {
    const back = refocus(focus);
    enqueue(async () => {
      await latest.current.props.onMove(list, categoryId, index);
      back();
    });
  };
  const remove = async (list: string[], from: string, byKey: boolean) => {
    const next = focusAfterRemoving(ids, new Set(list), from);
    await props.onDelete(list, byKey);
    selection.clear();
    if (byKey) focusClip(next ?? null);
  };
  const fileInto = (list: string[], nth: number, focus: string) => {
    const category = sections[nth - 1]?.category.id;
    if (!category) return;
    // At the end: the index is counted among the section's other clips, so any large one.
    move(list, category, Number.MAX_SAFE_INTEGER, focus);
    selection.clear();
  };
  const step = (id: string, delta: 1 | -1) => {
    const back = refocus(id);
    enqueue(async () => {
      const place = stepPlace(latest.current.sections, id, delta);
      if (!place) return;
      await latest.current.props.onMove([id], place.categoryId, place.index);
      back();
    });
  };

  function onKeyDown(event: KeyboardEvent) {
    const row = (event.target as HTMLElement).closest?.<HTMLElement>('article.clip-card');
    if (!row || event.target !== row || isTyping(event.target)) return;
    const id = row.id.replace(/^clip-/, '');
    const key = outlineKey(event);
    if (!key) return;
    event.preventDefault();
    if (key.type === 'focus') {
      const next = ids[ids.indexOf(id) + key.delta];
      if (key.extend) selection.add(id, ...(next ? [next] : []));
      wentOn.current++;
      if (next) focusClip(next);
    } else if (key.type === 'move') step(id, key.delta);
    else if (key.type === 'file') fileInto(selection.targets(id), key.nth, id);
    else if (key.type === 'edit' && props.renderEditor) setEditing({ id, comment: key.comment });
    else if (key.type === 'delete') void remove(selection.targets(id), id, true);
    else if (key.type === 'toggle') selection.toggle(id);
    else if (key.type === 'clear') selection.clear();
    else if (key.type === 'undo') props.onUndo?.();
  }

  const menuFor = (clip: Clip) => [
    { label: t('ol_moveUp'), run: () => step(clip.id, -1) },
    { label: t('ol_moveDown'), run: () => step(clip.id, 1) },
    ...sections
      .filter((s) => s.category.id !== clip.categoryId)
      .map((s) => ({
        label: t('ol_moveTo', categoryLabel(s.category) || t('ol_unnamed')),
        run: () => void move([clip.id], s.category.id, s.clips.length, clip.id),
      })),
    { label: t('ol_delete'), danger: true, run: () => void remove([clip.id], clip.id, false) },
  ];

  const drop = (categoryId: string, index: number) => {
    const list = dragging;
    setDragging(null);
    if (list?.length) void move(list, categoryId, index, list[0] as string);
  };

  const count = selection.selected.size;
  const built = firstRows(sections, shown);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys bubble up from the focusable rows
    <div class="outline" onKeyDown={onKeyDown}>
      {props.showSectionList && (
        <SectionList
          sections={sections}
          dragging={!!dragging}
          onDrop={(categoryId) => {
            const target = sections.find((s) => s.category.id === categoryId);
            drop(categoryId, target?.clips.length ?? 0);
          }}
        />
      )}
      {count > 0 && (
        <BulkBar
          count={count}
          sections={sections}
          onMove={(categoryId) => {
            const list = ids.filter((id) => selection.selected.has(id));
            const target = sections.find((s) => s.category.id === categoryId);
            void move(list, categoryId, target?.clips.length ?? 0, list[0] as string);
            selection.clear();
          }}
          onDelete={() => {
            const list = ids.filter((id) => selection.selected.has(id));
            void remove(list, list[0] as string, false);
          }}
          onCarryOver={
            props.onCarryOver &&
            (() => props.onCarryOver?.(ids.filter((id) => selection.selected.has(id))))
          }
          onClear={selection.clear}
        />
      )}
      {sections.map((section, index) => (
        <SectionBlock
          key={section.category.id}
          section={section}
          nth={index + 1}
          dragging={!!dragging}
          tools={props.sectionTools?.(section.category)}
          onDrop={(at) => drop(section.category.id, adjustDrop(section, dragging, at))}
        >
          {built[index]?.map((clip) => (
            <ClipRow
              key={clip.id}
              clip={clip}
              tabStop={focusId === clip.id}
              selected={selection.selected.has(clip.id)}
              highlighted={props.highlight?.(clip) ?? false}
              editor={
                editing?.id === clip.id && props.renderEditor
                  ? props.renderEditor(
                      clip,
                      (next) => {
                        // Commenting down the issue: the next clip's comment opens at once.
                        // Its row becomes the tab stop without taking focus from the field.
                        const after = next ? ids[ids.indexOf(clip.id) + 1] : undefined;
                        setEditing(after ? { id: after, comment: true } : null);
                        if (after) setFocusId(after);
                        else focusClip(clip.id);
                      },
                      editing.comment,
                    )
                  : null
              }
              menu={() => menuFor(clip)}
              onEdit={props.renderEditor ? () => setEditing({ id: clip.id, comment: false }) : null}
              onRowClick={(event) => {
                if (event.shiftKey) selection.range(clip.id);
                else if (event.ctrlKey || event.metaKey) selection.toggle(clip.id);
                else selection.anchor.current = clip.id;
              }}
              onToggle={(on) => selection.toggle(clip.id, on)}
              onFocus={() => {
                setFocusId(clip.id);
                props.onFocusClip?.(clip);
              }}
              onDragStart={(event) => {
                const list = selection.targets(clip.id);
                event.dataTransfer?.setData('text/x-digest-clip', list.join(','));
                setDragging(list);
              }}
              onDragEnd={() => setDragging(null)}
            />
          ))}
        </SectionBlock>
      ))}
    </div>
  );
}

/** A drop below dragged clips of the same section: their own slots are about to close. */
function adjustDrop(section: OutlineSection, dragging: string[] | null, index: number): number {
  const moving = new Set(dragging ?? []);
  return index - section.clips.slice(0, index).filter((c) => moving.has(c.id)).length;
}
