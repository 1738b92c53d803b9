import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../../src/core/markdown';

// Written as the digests write them: an LWKD post whose features are headings of a shape
// its feature template does not hold, and a Productivity Weekly issue whose items are
// `### title` then the URL, which the Zenn Neco style reads as its own items.
const lwkd = `---
layout: post
title: Week Ending March 3, 2024
date: 2024-03-05 02:00:00 -0000
slug: 2024-03-03-update
---

## Developer News

* SIG-Node [asks for reviewers](https://groups.google.com/a/kubernetes.io/g/dev/c/abc) of cgroup v2 work
* The 1.30 [release team shadows](https://github.com/kubernetes/sig-release/issues/2400) are chosen

## Featured PRs

### [Allow the CBOR serializer behind a gate](https://github.com/kubernetes/kubernetes/pull/122881)

The apiserver can now speak CBOR to clients that ask for it.

### [Job success policy](https://github.com/kubernetes/kubernetes/pull/123412)

A Job can be declared done before all its pods finish.

### [Sidecar containers go beta](https://github.com/kubernetes/kubernetes/pull/121579)

Restartable init containers are on by default.
`;

const productivity = `---
title: "Productivity Weekly (2023-12-06号)"
emoji: "🪑"
type: "idea"
topics: ["ProductivityWeekly", "生産性向上"]
published: true
---

こんにちは。今回が第 135 回目です。

# news 📺

## GitHub Actions の新しいランナー
https://github.blog/changelog/2023-12-01-new-runners/

大きいランナーが使えるようになりました。

# know-how 🎓

### Renovate の設定を共有する

https://zenn.dev/example/articles/renovate-presets

共有プリセットの話です。

### Dependabot のグループ更新

https://zenn.dev/example/articles/dependabot-groups

まとめて更新できます。

# あとがき
今週はここまで。
`;

describe('detecting the digest whose frame and sections fit', () => {
  // markdown-link read the three headings as items and took the post from lwkd, whose frame
  // and sections it is: two items found against three.
  it('keeps an LWKD post with lwkd though markdown-link finds an item more', () => {
    const found = importDocument(lwkd);
    expect(found.style.name).toBe('lwkd');
    expect(importDocument(lwkd, { style: found.style }).doc.issue.date).toBe('2024-03-05');
  });

  it('keeps a Productivity Weekly issue with its style though zenn finds an item more', () => {
    expect(importDocument(productivity).style.name).toBe('productivity-weekly');
  });

  it('says so when no style finds an item, and reads by the style that fits best', () => {
    const bare = lwkd.replace(/\(https:[^)]*\)/g, '');
    const found = importDocument(bare);
    expect(found.items).toBe(0);
    expect(found.style.name).toBe('lwkd');
    expect(found.findings[0]).toMatch(/^no style found an item with a link in it/);
  });

  it('says so too when nothing of any style fits', () => {
    const found = importDocument('Just a note.\n\nNothing else.\n');
    expect(found.findings[0]).toMatch(/no style's frame or headings fit it/);
  });
});
