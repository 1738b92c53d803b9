/**
 * The heading suggested for a clip from its page's title. The rule lives with the other
 * text rules (text/page-title.ts), since the Markdown engine also asks it whether a
 * heading is the page's text or the editor's.
 */
export { suggestHeading } from '../text/page-title';
