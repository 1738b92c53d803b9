import { describe, expect, it } from 'vitest';
import { BUILTIN_STYLES, parseDocument } from '../../../../../src/core/markdown';
import { explain, readBudget } from '../../../../../src/core/markdown/read/read';

/** An issue of `count` items, ten to a section, as each Neco Weekly style writes them. */
function issueOf(count: number): string {
  const parts = ['# Weekly 1\n\nIntro.\n'];
  for (let i = 0; i < count; i++) {
    if (i % 10 === 0) parts.push(`## Section ${i / 10}\n`);
    parts.push(
      `### Item ${i}\n\n<a class="embedly-card" href="https://example.com/${i}">Page</a>\n\nA comment.\n`,
    );
  }
  return parts.join('\n');
}

describe('reading an issue costs in proportion to its length', () => {
  it('spends ten times the template work on ten times the items, in every built-in style', () => {
    const small = parseDocument(issueOf(200));
    const large = parseDocument(issueOf(2_000));
    for (const style of BUILTIN_STYLES) {
      const spent = [small, large].map((parsed) => {
        const budget = readBudget(parsed, style);
        explain(parsed, style, budget);
        return budget.spent;
      });
      const [few = 0, many = 0] = spent;
      // A style none of whose templates could fit turns every item away before reading it.
      if (few === 0) {
        expect(many, style.name).toBe(0);
        continue;
      }
      expect(many / few, style.name).toBeGreaterThan(9);
      expect(many / few, style.name).toBeLessThan(11);
    }
  });
});
