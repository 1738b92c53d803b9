import { describe, expect, it } from 'vitest';
import { BUILTIN_STYLE_NAMES, BUILTIN_STYLES } from '../../../../../src/core/markdown';
import { parseStyle } from '../../../../../src/core/markdown/style/parse';

// A style of one's own named like a built-in one was stored ("Imported the style
// embedly-link") and never used: the built-in style of that name is always found first.
describe('a style named like a built-in one', () => {
  it('is refused at the door, naming the reason', () => {
    for (const style of BUILTIN_STYLES) {
      const mine = { ...style, label: 'My own', items: ['### {heading}\n\n{url}'] };
      expect(parseStyle(mine)).toEqual({
        ok: false,
        error: `not a valid style: name: ${style.name} is a built-in style's name`,
      });
    }
    expect(BUILTIN_STYLE_NAMES.length).toBe(BUILTIN_STYLES.length);
  });

  it('is taken under a name of its own', () => {
    const style = BUILTIN_STYLES[0];
    expect(parseStyle({ ...style, name: `${style?.name}-mine` }).ok).toBe(true);
  });
});
