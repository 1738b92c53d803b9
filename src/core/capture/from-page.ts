import type { ClipInput } from '../messages';
import { pageLine, stripBidiControls } from './clip-input';
import { suggestHeading } from './title';

/** What a capture path knows of the page: read from the tab, the menu click or the page. */
export interface PageCapture {
  url: string;
  /** The page's title, or a link's text when a link is clipped. */
  title: string;
  description?: string;
  /** A quoted selection, when the page is clipped with one. */
  comment?: string;
  categoryId: string;
}

/**
 * The clip input a page makes, the same on every path (popup, menus, shortcut, side
 * panel): the page title whole but for bidi controls, and the heading suggested from it.
 * The worker checks the result again (checkClipInput) before anything is stored.
 */
export function clipInputFromPage(page: PageCapture): Omit<ClipInput, 'id' | 'base' | 'draftUrl'> {
  // Page text is bounded here, where it is read (a hostile page's megabyte title), so the
  // form shows what will be saved; past this only the editor's typing is refused.
  const pageTitle = pageLine(stripBidiControls(page.title));
  return {
    url: page.url,
    pageTitle,
    heading: pageLine(suggestHeading(pageTitle, page.url)),
    description: pageLine(page.description ?? ''),
    comment: page.comment ?? '',
    categoryId: page.categoryId,
  };
}
