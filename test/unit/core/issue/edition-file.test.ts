import { describe, expect, it } from 'vitest';
import { locateEdition } from '../../../../src/core/issue/edition-file';

const twir = { edition: 'draft/{date}-this-week-in-rust.md', archive: ['content/'] };
const lwkd = { edition: '_posts/{date}-update.md', archive: ['_posts/'] };

describe('which file is the edition', () => {
  it('a draft folder of its own: the newest draft is open, whatever its date', () => {
    const paths = [
      'content/2022-07-20-this-week-in-rust.md',
      'content/2022-07-27-this-week-in-rust.md',
      'draft/2022-08-03-this-week-in-rust.md',
      'draft/README.md',
      'tools/inspect.py',
    ];
    expect(locateEdition(paths, twir, '2030-01-01')).toEqual({
      open: 'draft/2022-08-03-this-week-in-rust.md',
      previous: 'content/2022-07-27-this-week-in-rust.md',
    });
  });

  it('no draft: nothing open, and the newest published issue to start from', () => {
    const paths = [
      'content/2022-07-20-this-week-in-rust.md',
      'content/2022-07-27-this-week-in-rust.md',
    ];
    expect(locateEdition(paths, twir, '2022-07-28')).toEqual({
      open: null,
      previous: 'content/2022-07-27-this-week-in-rust.md',
    });
  });

  it('editions among the published posts: only one dated today or later is open', () => {
    const paths = ['_posts/2022-07-24-update.md', '_posts/2022-07-31-update.md', '_posts/about.md'];
    expect(locateEdition(paths, lwkd, '2022-07-30')).toEqual({
      open: '_posts/2022-07-31-update.md',
      previous: '_posts/2022-07-24-update.md',
    });
    expect(locateEdition(paths, lwkd, '2022-08-01')).toEqual({
      open: null,
      previous: '_posts/2022-07-31-update.md',
    });
  });
});
