// An inline link: its text (brackets balanced one level deep, escapes kept), then a
// destination in angle brackets or without spaces (parentheses balanced one level deep),
// then an optional title. An image (`![alt](src)`) shows as its alt text the same way.
const INLINE_LINK =
  /!?\[((?:[^[\]\\\n]|\\.|\[(?:[^[\]\\\n]|\\.)*\])*)\]\(\s*(?:<[^<>\n]*>|(?:[^\s()\\]|\\.|\([^\s()]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/g;
// A backslash before ASCII punctuation only escapes it (CommonMark 2.4).
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** A section name as it reads: each Markdown link in it as the link's text. */
export function shownName(name: string): string {
  if (!name.includes('](')) return name;
  return name.replace(INLINE_LINK, (_, text: string) => text.replace(ESCAPE, '$1'));
}

/**
 * A section's label as one text: its emoji and name, either alone without a stray space.
 * On screen (the default) a name written as a Markdown link, such as This Week in Rust's
 * `[Tracking Issues & PRs](https://…)`, shows as its text; `markdown` gives the name as the
 * issue writes it, for the writer that compares it with the document's own heading.
 */
export function categoryLabel(
  category: { emoji: string; name: string },
  as: 'shown' | 'markdown' = 'shown',
): string {
  const name = as === 'markdown' ? category.name : shownName(category.name);
  return [category.emoji, name].filter(Boolean).join(' ');
}
