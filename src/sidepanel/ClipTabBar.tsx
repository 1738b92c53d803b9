import type { Tabs } from 'webextension-polyfill';
import { siteOf } from '../core/markdown';
import { type Category, type Clip, categoryLabel } from '../core/model';
import { t } from '../ui/i18n';

interface Props {
  tab: Tabs.Tab | null;
  categories: Category[];
  /** The tab's clip in this issue, if it has one. */
  clipped: Clip | null;
  busy: boolean;
  onClip: (categoryId: string) => void;
}

/** "Clip this tab": one button per section in a compact list, numbered for the 1-9 keys. */
export function ClipTabBar({ tab, categories, clipped, busy, onClip }: Props) {
  const readable = !!tab?.url;
  const inCategory = clipped && categories.find((c) => c.id === clipped.categoryId);
  return (
    <section class="clip-tab" aria-labelledby="clip-tab-title">
      <h2 id="clip-tab-title">{t('sp_clipTab')}</h2>
      {readable ? (
        <p class="tab-line">
          <strong>{tab?.title || tab?.url}</strong>{' '}
          <span class="muted">{siteOf(tab?.url ?? '')}</span>
        </p>
      ) : (
        <p class="muted">{t('sp_noTab')}</p>
      )}
      {inCategory && (
        <p class="ok" data-testid="already">
          {t('sp_already', categoryLabel(inCategory) || t('ol_unnamed'))}
        </p>
      )}
      {/* A compact list of one-line names: This Week in Rust's 27 sections as full-size
          buttons, their names wrapping, pushed the clips off the first screen. */}
      <ul class="clip-buttons" aria-labelledby="clip-tab-title">
        {categories.map((category, index) => {
          const label = categoryLabel(category) || t('ol_unnamed');
          return (
            <li key={category.id}>
              <button
                type="button"
                disabled={!readable || busy}
                aria-label={t('sp_clipInto', label)}
                aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
                aria-pressed={clipped?.categoryId === category.id}
                title={label}
                onClick={() => onClip(category.id)}
              >
                {index < 9 && (
                  <span class="kbd" aria-hidden="true">
                    {index + 1}
                  </span>
                )}
                <span class="name">{label}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
