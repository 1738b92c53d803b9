import { describe, expect, it } from 'vitest';
import { proposalLink } from '../../../src/team/links';

describe('the link that opens the pull request', () => {
  it('GitHub: the compare page of the upstream, across forks', () => {
    expect(
      proposalLink(
        'https://github.com/rust-lang/this-week-in-rust.git',
        'https://github.com/aiko/this-week-in-rust.git',
        'master',
        'digest/aiko-2022-08-01',
      ).url,
    ).toBe(
      'https://github.com/rust-lang/this-week-in-rust/compare/master...aiko:this-week-in-rust:digest%2Faiko-2022-08-01?expand=1',
    );
    expect(proposalLink('https://github.com/a/b.git', '', 'main', 'x').url).toBe(
      'https://github.com/a/b/compare/main...x?expand=1',
    );
  });

  it('GitLab: a new merge request on the fork; Gitea and Forgejo: the compare page', () => {
    expect(
      proposalLink('https://gitlab.com/up/d.git', 'https://gitlab.com/me/d.git', 'main', 'p').url,
    ).toBe(
      'https://gitlab.com/me/d/-/merge_requests/new?merge_request%5Bsource_branch%5D=p&merge_request%5Btarget_branch%5D=main',
    );
    expect(
      proposalLink('https://codeberg.org/up/d.git', 'https://codeberg.org/me/d.git', 'main', 'p')
        .url,
    ).toBe('https://codeberg.org/up/d/compare/main...me/d:p');
  });

  it('another server: no link, and both repositories named', () => {
    expect(
      proposalLink('http://127.0.0.1:8080/up.git', 'http://127.0.0.1:8080/fork.git', 'master', 'p'),
    ).toEqual({
      url: null,
      upstream: 'http://127.0.0.1:8080/up',
      fork: 'http://127.0.0.1:8080/fork',
    });
  });
});
