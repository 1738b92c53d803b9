/**
 * Hostile page text through each Neco Weekly style, read back the way a reader gets it: the issue is
 * rendered, parsed by a real Markdown engine (HTML allowed) and then by a spec HTML parser.
 * Nothing a page supplies may add elements, attributes, links or sections; and what the
 * reader sees must still be what the page said.
 */
import { describe, expect, it } from 'vitest';
import {
  checkIssue,
  ENGINES,
  isHttpUrl,
  NECO_STYLES,
  type PageFields,
} from '../../helpers/markdown-html';

const HOSTILE_TEXT = [
  'x</a><script>alert(1)</script>',
  'evil) [pwn](javascript:x)',
  '"><img src=x onerror=alert(1)>',
  '<javascript:alert(1)>',
  '![t](https://evil/x.png)',
  '[a]: javascript:x',
  '\n## injected section',
  '&lt;script&gt;',
  '`</a>`',
  '</h4></blockquote><script>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<!-- hidden -->shown',
  '<https://evil.example/>',
  '[click](https://evil.example/) [ref][1]',
  'a\r\n\r\n<script>alert(1)</script>\r\n\r\nb',
  '\u2028<svg onload=alert(1)>',
  '&#60;script&#62; &#x3C;b&#x3E;',
  'x\\](javascript:alert(1))',
  '*bold* _em_ **strong** ~~gone~~',
  'Issue #12 ##',
  '\\*not emphasis\\*',
  'Tom & Jerry "live" [x] it\'s AT&T',
];

const SAFE_URL = 'https://example.com/article?id=1&lang=en';

/** URLs from pages or edited by hand; `safe` says whether a link may be produced. */
const HOSTILE_URLS: { url: string; safe: boolean }[] = [
  { url: 'javascript:alert(1)', safe: false },
  { url: 'JAVASCRIPT:alert(1)', safe: false },
  { url: ' javascript:alert(1)', safe: false },
  { url: 'data:text/html,<script>alert(1)</script>', safe: false },
  { url: 'vbscript:msgbox(1)', safe: false },
  { url: '/relative/path', safe: false },
  { url: '//evil.example/x', safe: false },
  { url: 'https://ok/"><script>alert(1)</script>', safe: true },
  { url: 'https://ok/" onmouseover="alert(1)', safe: true },
  { url: 'https://ok/a) [pwn](javascript:x', safe: true },
  { url: 'https://ok/`</a>`', safe: true },
  { url: 'https://ok/?lang=en&region=us', safe: true },
  { url: 'https://ok/search?q=a&lt;b', safe: true },
];

const FIELDS = ['pageTitle', 'heading', 'description'] as const;

for (const preset of NECO_STYLES) {
  describe(`${preset}: hostile page text`, () => {
    for (const text of HOSTILE_TEXT) {
      for (const field of FIELDS) {
        it.each(ENGINES)(`${field} ${JSON.stringify(text)} (%s)`, (engine) => {
          const fields: PageFields = {
            url: SAFE_URL,
            pageTitle: 'Plain title',
            description: 'Plain description',
            heading: '',
            [field]: text,
          };
          // A heading is page text when it is the page's own words (suggested from its
          // title); one the editor typed is their Markdown (editor-heading.test.ts).
          if (field === 'heading') fields.pageTitle = `${text} | Plain site`;
          checkIssue(fields, preset, engine);
        });
      }
      it.each(ENGINES)(`every field ${JSON.stringify(text)} (%s)`, (engine) => {
        checkIssue(
          { url: SAFE_URL, pageTitle: text, description: text, heading: text },
          preset,
          engine,
        );
      });
    }
  });

  describe(`${preset}: hostile URLs`, () => {
    for (const { url, safe } of HOSTILE_URLS) {
      it(`${JSON.stringify(url)} is ${safe ? 'linked, encoded' : 'never linked'}`, () => {
        expect(isHttpUrl(url)).toBe(safe);
      });
      it.each(ENGINES)(`${JSON.stringify(url)} with a title (%s)`, (engine) => {
        checkIssue(
          { url, pageTitle: 'Title', description: 'Description', heading: '' },
          preset,
          engine,
        );
      });
      // With no title or heading the URL itself is shown as text.
      it.each(ENGINES)(`${JSON.stringify(url)} as the only text (%s)`, (engine) => {
        checkIssue({ url, pageTitle: '', description: '', heading: '' }, preset, engine);
      });
    }
  });
}
