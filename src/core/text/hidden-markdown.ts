/**
 * Markdown from outside this profile that no one sees before it is published: the lead of
 * a clip from a teammate's pack or another profile's backup (the text between an item's
 * heading and its card), which the workspace never shows. It stays Markdown (emphasis,
 * code, http(s) links read as before) but can make nothing else: no raw HTML, no comment
 * hiding the rest, no heading that forges a section, no link or image of another scheme.
 * Neutralising twice changes nothing.
 */

// A `<` that opens a tag, a comment, a declaration or an autolink.
const TAG_OPEN = /<(?=[A-Za-z/!?])/g;
// A line that is an ATX heading, or a setext underline that makes the line above one.
const HEADING_LINE = /^( {0,3})#(?=#{0,5}(?:[ \t]|$))/;
const UNDERLINE = /^( {0,3})([=-])(?=\2*[ \t]*$)/;
// A link reference definition, which makes `[a]` anywhere in the issue a link.
const DEFINITION = /^( {0,3})\[(?=[^\]]*\]:)/;
// A link whose destination is not plainly http(s), and every image.
const UNSAFE_LINK = /(?<!\\)\]\((?![ \t]*<?[ \t]*https?:\/\/)/gi;
const IMAGE = /(?<!\\)!\[/g;

function neutralLine(line: string): string {
  return line
    .replace(TAG_OPEN, '&lt;')
    .replace(UNSAFE_LINK, '\\](')
    .replace(IMAGE, '\\![')
    .replace(HEADING_LINE, '$1&#35;')
    .replace(UNDERLINE, (_, space: string, mark: string) => `${space}&#${mark.charCodeAt(0)};`)
    .replace(DEFINITION, '$1\\[');
}

/** Hidden Markdown from outside made inert (see above); line breaks are kept. */
export function neutralHiddenMarkdown(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 ? part : neutralLine(part)))
    .join('');
}
