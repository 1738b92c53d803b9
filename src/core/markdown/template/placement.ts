/**
 * Where in a template's HTML and Markdown a placeholder stands, for the places no escaping
 * can make safe. A value inside `<script>` or `<style>` is code; inside a tag but outside a
 * quoted attribute value (`title={pageTitle}`, `<a {x}>`) it becomes attributes of its
 * own; in an event handler or `style` attribute it is code again; at the start of a link
 * attribute it picks the scheme (`javascript:`); inside an HTML comment, a code span or a
 * fenced code block nothing is decoded, so no escape works; and in a Markdown link's
 * destination only the clip's URL is made safe. Such a template is refused when the style
 * is loaded, with the reason.
 *
 * The analysis reads the template text before the placeholder, in which earlier
 * placeholders stand as MARK.
 */

export const MARK = '\u0001';

export type Spot =
  | { kind: 'text' }
  | { kind: 'attribute'; name: string; quote: '"' | "'"; value: string }
  | { kind: 'refused'; why: string };

const RAW_TEXT =
  /^<(script|style|xmp|iframe|noembed|noframes|noscript|plaintext|textarea|title)\b/i;
const CODE_ATTRIBUTE = /^(?:on.*|style|srcdoc|formaction)$/i;
const URL_ATTRIBUTE =
  /^(?:href|src|srcset|action|poster|data|cite|background|xlink:href|ping|lowsrc|dynsrc|longdesc|usemap|codebase|manifest|icon|archive|profile|classid)$/i;

interface TagState {
  name: string;
  attribute: string;
  quote: '' | '"' | "'";
  value: string;
  /** Between an attribute's `=` and its value. */
  awaiting: boolean;
  /** In a value written without quotes. */
  unquoted: boolean;
}

/** Reads a tag from `<name` on, up to where `text` ends or the tag closes at `>`. */
function readTag(text: string, from: number): { end: number; state: TagState } {
  const name = /^<\/?([A-Za-z][^\s/>]*)/.exec(text.slice(from))?.[1] ?? '';
  const state: TagState = {
    name,
    attribute: '',
    quote: '',
    value: '',
    awaiting: false,
    unquoted: false,
  };
  let i = from + 1 + name.length + (text[from + 1] === '/' ? 1 : 0);
  while (i < text.length) {
    const c = text[i] as string;
    if (state.quote) {
      if (c === state.quote) Object.assign(state, { quote: '', attribute: '', value: '' });
      else state.value += c;
    } else if (state.awaiting) {
      if (c === '"' || c === "'") Object.assign(state, { quote: c, awaiting: false, value: '' });
      else if (!/\s/.test(c)) {
        // An unquoted value runs to white space or `>`.
        state.awaiting = false;
        while (i < text.length && !/[\s>]/.test(text[i] as string)) i++;
        if (i >= text.length) return { end: -1, state: { ...state, unquoted: true } };
        continue;
      }
    } else if (c === '>') return { end: i + 1, state };
    else if (c === '=') state.awaiting = true;
    else if (/[^\s/]/.test(c)) {
      const attribute = /^[^\s"'>/=]+/.exec(text.slice(i))?.[0] ?? c;
      state.attribute = attribute;
      i += attribute.length;
      continue;
    }
    i++;
  }
  return { end: -1, state };
}

/** The HTML state at the end of `text`: in text, a comment, a raw-text element or a tag. */
function htmlSpot(text: string): Spot {
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('<', i);
    if (at < 0) return { kind: 'text' };
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      if (close < 0) return { kind: 'refused', why: 'inside an HTML comment' };
      i = close + 3;
      continue;
    }
    if (!/^<\/?[A-Za-z]/.test(text.slice(at, at + 3))) {
      i = at + 1;
      continue;
    }
    const { end, state } = readTag(text, at);
    if (end < 0) {
      if (state.unquoted || state.awaiting)
        return { kind: 'refused', why: 'in an attribute value without quotes' };
      if (state.quote === '')
        return { kind: 'refused', why: 'inside a tag, outside a quoted attribute value' };
      return { kind: 'attribute', name: state.attribute, quote: state.quote, value: state.value };
    }
    const raw = RAW_TEXT.exec(text.slice(at));
    if (raw && text[at + 1] !== '/') {
      const close = text.toLowerCase().indexOf(`</${(raw[1] as string).toLowerCase()}`, end);
      if (close < 0) {
        const element = (raw[1] as string).toLowerCase();
        if (element === 'textarea' || element === 'title') return { kind: 'text' };
        return { kind: 'refused', why: `inside <${element}>, where text is code` };
      }
      i = close;
      continue;
    }
    i = end;
  }
  return { kind: 'text' };
}

/** Whether `text` ends inside a fenced code block (```` ``` ```` or `~~~`). */
function inFence(text: string): boolean {
  let fence = '';
  for (const line of text.split('\n').slice(0, -1)) {
    const mark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (!mark) continue;
    if (!fence) fence = mark;
    else if (mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark)
      fence = '';
  }
  return fence !== '';
}

/** Whether the MARK at `at` in a paragraph falls inside a code span. */
function inCodeSpan(paragraph: string, at: number): boolean {
  const runs = [...paragraph.matchAll(/`+/g)];
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i] as RegExpMatchArray;
    const close = runs.slice(i + 1).find((run) => run[0].length === open[0].length);
    if (!close) continue;
    if ((open.index ?? 0) < at && at < (close.index ?? 0)) return true;
    i = runs.indexOf(close);
  }
  return false;
}

/**
 * Where a placeholder named `name` stands, given the template text before it and the rest
 * of its line after it.
 */
export function spotOf(name: string, before: string, after: string): Spot {
  if (inFence(`${before}${MARK}`)) return { kind: 'refused', why: 'inside a fenced code block' };
  const paragraph = before.slice(before.lastIndexOf('\n\n') + 1);
  if (inCodeSpan(`${paragraph}${MARK}${after}`, paragraph.length))
    return { kind: 'refused', why: 'inside a code span' };
  const html = htmlSpot(before);
  if (html.kind === 'refused') return html;
  if (html.kind === 'attribute') {
    if (CODE_ATTRIBUTE.test(html.name))
      return { kind: 'refused', why: `in the ${html.name} attribute, which is code` };
    if (name !== 'url' && URL_ATTRIBUTE.test(html.name) && html.value.trim() === '')
      return {
        kind: 'refused',
        why: `at the start of the ${html.name} attribute, where only {url} may stand`,
      };
    return html;
  }
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (name !== 'url' && /\]\(<?[^\s)>]*$/.test(line))
    return { kind: 'refused', why: "in a link's destination, where only {url} may stand" };
  return html;
}
