import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import {
  escapeInline,
  escapeLinkText,
  escapeText,
  safeHref,
  singleLine,
} from '../../../../src/core/text/escape';
import {
  attr,
  byTag,
  type Element,
  ENGINES,
  markdownToDom,
  sameResource,
  textOf,
} from '../../helpers/markdown-html';

describe('singleLine', () => {
  it('keeps ordinary text, emoji and CJK byte for byte', () => {
    for (const text of ['Tom & Jerry "live" [x]', '✨ New', '🛠️ Tools', '第2回 ニュース', '']) {
      expect(singleLine(text)).toBe(text);
    }
  });

  it('folds line breaks into spaces so a title cannot start a block', () => {
    expect(singleLine('a\nb')).toBe('a b');
    expect(singleLine('a\r\nb')).toBe('a  b');
    expect(singleLine('a\rb')).toBe('a b');
    expect(singleLine('\n## injected section')).toBe(' ## injected section');
    expect(singleLine('a\u2028b\u2029c')).toBe('a b c');
  });

  it('folds C0 and C1 controls, tab and DEL', () => {
    expect(singleLine('a\u0000b\u0007c\u001bd')).toBe('a b c d');
    expect(singleLine('a\tb\u000bc\u000cd')).toBe('a b c d');
    expect(singleLine('a\u007fb\u0085c\u009fd')).toBe('a b c d');
  });

  it('keeps visible non-ASCII whitespace such as NBSP and the ideographic space', () => {
    expect(singleLine('a\u00a0b\u3000c')).toBe('a\u00a0b\u3000c');
  });

  it('replaces lone surrogates with U+FFFD and keeps valid pairs', () => {
    expect(singleLine('a\ud800b')).toBe('a\ufffdb');
    expect(singleLine('a\udc00b')).toBe('a\ufffdb');
    expect(singleLine('\ud800')).toBe('\ufffd');
    expect(singleLine('\udfff\ud800')).toBe('\ufffd\ufffd');
    expect(singleLine('x😀y')).toBe('x😀y');
    expect(singleLine('\ud83d\ude00\ud83d')).toBe('😀\ufffd');
  });
});

describe('escapeText', () => {
  it('keeps raw & " \' > and brackets as real digests write them', () => {
    for (const text of [
      'Tom & Jerry',
      'say "hi"',
      "it's",
      'a > b',
      '[x] done',
      '[RFC] a [b] c',
      'a & b && c',
      'trailing &',
      '100%',
    ]) {
      expect(escapeText(text)).toBe(text);
    }
  });

  it('escapes & where the browser would read a character reference', () => {
    expect(escapeText('&lt;script&gt;')).toBe('&amp;lt;script&amp;gt;');
    expect(escapeText('&#60;b&#x3E;')).toBe('&amp;#60;b&amp;#x3E;');
    expect(escapeText('&#60 b')).toBe('&amp;#60 b');
    // HTML reads the legacy names without their `;`, even inside a word.
    expect(escapeText('&copy 2024')).toBe('&amp;copy 2024');
    expect(escapeText('&notes')).toBe('&amp;notes');
    expect(escapeText('AT&T')).toBe('AT&T');
    expect(escapeText('?a=1&per_page=100')).toBe('?a=1&per_page=100');
  });

  it('in Markdown, escapes & only before a complete reference', () => {
    expect(escapeInline('&lt;script&gt;')).toBe('&amp;lt;script&amp;gt;');
    expect(escapeInline('&#60;b&#x3E;')).toBe('&amp;#60;b&amp;#x3E;');
    for (const text of ['AT&T', '&copy 2024', '&#60 b', 'a &&b', '?a=1&per_page=100&ab_channel=X'])
      expect(escapeInline(text)).toBe(text);
  });

  it('escapes every < so no tag, comment or autolink can open', () => {
    expect(escapeText('a < b')).toBe('a &lt; b');
    expect(escapeText('x</a><script>alert(1)</script>')).toBe(
      'x&lt;/a>&lt;script>alert(1)&lt;/script>',
    );
    expect(escapeText('<javascript:alert(1)>')).toBe('&lt;javascript:alert(1)>');
    expect(escapeText('<!-- c -->')).toBe('&lt;!-- c -->');
  });

  it('neutralizes ]( so no link or image destination can open', () => {
    expect(escapeText('evil) [pwn](javascript:x)')).toBe('evil) [pwn&#93;(javascript:x)');
    expect(escapeText('![t](https://evil/x.png)')).toBe('![t&#93;(https://evil/x.png)');
    expect(escapeText('[a] (b)')).toBe('[a&#93; (b)');
    expect(escapeText('[a]\n(b)')).toBe('[a&#93; (b)');
  });

  it('folds newlines and controls as singleLine does', () => {
    expect(escapeText('a\nb\r\u2028c\u0000')).toBe('a b  c ');
    expect(escapeText('\ud800<')).toBe('\ufffd&lt;');
  });

  it('is read back as the original text by an HTML parser', () => {
    for (const text of [
      'x</a><script>alert(1)</script>',
      '&lt;script&gt;',
      'AT&T & "Q" [x]',
      '"><img src=x onerror=alert(1)>',
      '</h4></blockquote><script>',
    ]) {
      const fragment = parseFragment(`<p>${escapeText(text)}</p>`);
      expect(byTag(fragment, 'p')).toHaveLength(1);
      expect(byTag(fragment, 'script')).toHaveLength(0);
      expect(byTag(fragment, 'img')).toHaveLength(0);
      expect(textOf(fragment)).toBe(text);
    }
  });
});

describe('escapeLinkText', () => {
  it('backslash-escapes brackets', () => {
    expect(escapeLinkText('[x]')).toBe('\\[x\\]');
    expect(escapeLinkText('Tom & "Jerry"')).toBe('Tom & "Jerry"');
  });

  it('escapes < and character references as escapeText does', () => {
    expect(escapeLinkText('<b>')).toBe('&lt;b>');
    expect(escapeLinkText('&lt;')).toBe('&amp;lt;');
  });

  // The text must come out of a real Markdown engine as exactly one link whose text is the
  // input: a `]` that ends the link early, or an escape that eats the next character,
  // shows up here.
  for (const text of [
    '[x] done',
    'a]b',
    'a\\',
    'a\\]b',
    'x</a><script>',
    '&lt;script&gt;',
    'evil) [pwn](javascript:x)',
    '![t](https://evil/x.png)',
    'a](b',
    'a\\](b',
  ]) {
    for (const engine of ENGINES) {
      it(`${JSON.stringify(text)} stays one link with the same text (${engine})`, () => {
        const dom = markdownToDom(`[${escapeLinkText(text)}](https://example.com/)`, engine);
        const links = byTag(dom, 'a');
        expect(links).toHaveLength(1);
        expect(attr(links[0] as (typeof links)[0], 'href')).toBe('https://example.com/');
        expect(textOf(links[0] as (typeof links)[0])).toBe(text);
        expect(byTag(dom, 'img')).toHaveLength(0);
      });
    }
  }
});

describe('safeHref', () => {
  it('keeps absolute http(s) URLs as they are', () => {
    for (const url of [
      'https://example.com/',
      'http://example.com/a/b?c=1&d=2#e',
      'https://ja.wikipedia.org/wiki/%E6%97%A5%E6%9C%AC',
      'https://example.com/path;p=1?q=a,b&r=*~!$+@:',
      'HTTPS://EXAMPLE.COM/',
    ]) {
      expect(safeHref(url)).toBe(url);
    }
  });

  it('trims surrounding whitespace', () => {
    expect(safeHref('  https://example.com/x \n')).toBe('https://example.com/x');
  });

  it('rejects every other scheme, whatever its case or leading space', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      '\tjavascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.com/',
      'mailto:a@example.com',
      'https:example.com',
      'https:/example.com',
      'https:\\\\example.com',
    ]) {
      expect(safeHref(url), url).toBeNull();
    }
  });

  it('rejects relative and scheme-relative URLs and non-URLs', () => {
    for (const url of [
      '/path',
      './a',
      '../a',
      '?q=1',
      '#top',
      '//evil.example/x',
      'evil.example',
      '',
      'https://',
      'http://[::1',
    ]) {
      expect(safeHref(url), url).toBeNull();
    }
  });

  it('percent-encodes quotes, angle brackets, white space and controls', () => {
    expect(safeHref('https://x/" onmouseover="alert')).toBe('https://x/%22%20onmouseover=%22alert');
    expect(safeHref('https://ok/"><script>')).toBe('https://ok/%22%3E%3Cscript%3E');
    expect(safeHref('https://x/a b\tc')).toBe('https://x/a%20b%09c');
    expect(safeHref('https://x/a\u2028b\u0085c')).toBe('https://x/a%E2%80%A8b%C2%85c');
  });

  // Whatever else it encodes, the result must stay one double-quoted attribute value and
  // name the same resource once the browser has decoded it.
  for (const url of [
    'https://x/" onmouseover="alert(1)" a="',
    "https://x/a'b`c\\d",
    'https://en.wikipedia.org/wiki/Foo_(bar)',
    'https://x/?q=<script>&r="x"',
    'https://ok/search?q=a&lt;b',
    'https://ok/?a=1&quot;b=2',
    'https://ok/?a=1&#34;b',
    'https://ok/?x=1&copy#top',
    'https://ok/?lang=en&region=us',
  ]) {
    it(`${url} stays one href attribute naming the same resource`, () => {
      const href = safeHref(url);
      expect(href).not.toBeNull();
      const [link] = byTag(parseFragment(`<a href="${href}" class="c">t</a>`), 'a');
      expect(link?.attrs.map((a) => a.name)).toEqual(['href', 'class']);
      expect(sameResource(attr(link as Element, 'href') ?? '', url)).toBe(true);
    });
  }

  it('keeps & in ordinary query strings raw (real digests write them so)', () => {
    expect(safeHref('https://ok/?iframe=no&w=100%&sidebar=yes')).toBe(
      'https://ok/?iframe=no&w=100%&sidebar=yes',
    );
  });
});

describe('URLs with non-ASCII', () => {
  // Node 20's optimised URL.canParse starts answering false for such URLs after a few
  // thousand calls, which dropped the links of a long issue rendered by the CLI.
  it('are written however many times they are asked for', () => {
    const urls = ['https://bücher.example/', 'https://example.com/東京'];
    let missing = 0;
    for (let i = 0; i < 50_000; i++) {
      if (safeHref(urls[i % 2] as string) === null) missing++;
    }
    expect(missing).toBe(0);
  });
});
