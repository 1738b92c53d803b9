import { describe, expect, it } from 'vitest';
import { suggestHeading } from '../../../../src/core/capture/title';

// Real page titles (from the Neco Weekly cards and common sites) and the heading a
// human editor would start from.
const cases: [string, string, string][] = [
  [
    'feat: Applications in any namespace by jannfis · Pull Request #9755 · argoproj/argo-cd',
    'https://github.com/argoproj/argo-cd/pull/9755',
    'Applications in any namespace',
  ],
  [
    "Kubernetes Secret storage for Agent's Identity by r0mant · Pull Request #13942 · gravitational/teleport",
    'https://github.com/gravitational/teleport/pull/13942',
    "Kubernetes Secret storage for Agent's Identity",
  ],
  [
    'Support AdminNetworkPolicy · Issue #5891 · projectcalico/calico',
    'https://github.com/projectcalico/calico/issues/5891',
    'Support AdminNetworkPolicy',
  ],
  [
    'Release v2.6.0 · grafana/loki',
    'https://github.com/grafana/loki/releases/tag/v2.6.0',
    'loki v2.6.0',
  ],
  [
    'Azure-Red-Team/Readme.md at master · rootsecdev/Azure-Red-Team',
    'https://github.com/rootsecdev/Azure-Red-Team/blob/master/Kubernetes/Readme.md',
    'Azure-Red-Team/Readme.md',
  ],
  [
    'GitHub - cybozu-go/cattage: Cattage is a Kubernetes controller',
    'https://github.com/cybozu-go/cattage',
    'cybozu-go/cattage',
  ],
  [
    'Teleport 10 Feature Overview | Teleport',
    'https://goteleport.com/blog/teleport-10-feature-overview/',
    'Teleport 10 Feature Overview',
  ],
  [
    'Aya: your tRusty eBPF companion - Deepfence',
    'https://deepfence.io/aya-your-trusty-ebpf-companion/',
    'Aya: your tRusty eBPF companion',
  ],
  [
    'Shifting to Zero Touch Production | Mercari Engineering',
    'https://engineering.mercari.com/en/blog/entry/20220126-shifting-to-zero-touch-production/',
    'Shifting to Zero Touch Production',
  ],
  // Too little would be left without the suffix: keep the whole title.
  [
    'Google - Site Reliability Engineering',
    'https://sre.google/resources/practices-and-processes/art-of-slos/',
    'Google - Site Reliability Engineering',
  ],
  [
    'Schedule | Linux Foundation Events',
    'https://events.linuxfoundation.org/',
    'Schedule | Linux Foundation Events',
  ],
  // No separator at all.
  [
    'Porting OpenBSD pledge() to Linux',
    'https://justine.lol/pledge/',
    'Porting OpenBSD pledge() to Linux',
  ],
  [
    'Go言語による分散サービス',
    'https://www.oreilly.co.jp/books/9784873119977/',
    'Go言語による分散サービス',
  ],
  [
    'KubernetesのPodが起動しない原因を調べる - Qiita',
    'https://qiita.com/x/items/1',
    'KubernetesのPodが起動しない原因を調べる',
  ],
  ['Rust 1.62 リリースノート｜Zenn', 'https://zenn.dev/x/articles/y', 'Rust 1.62 リリースノート'],
  [
    'The Rust Programming Language — The Rust Programming Language',
    'https://doc.rust-lang.org/book/',
    'The Rust Programming Language',
  ],
  ['  spaced\n  title  ', 'https://example.com/', 'spaced title'],
  ['', 'https://example.com/', ''],
];

describe('suggestHeading', () => {
  for (const [title, url, expected] of cases) {
    it(`${JSON.stringify(title)} -> ${JSON.stringify(expected)}`, () => {
      expect(suggestHeading(title, url)).toBe(expected);
    });
  }

  it('leaves markup in a title as text for the renderer to escape', () => {
    expect(suggestHeading('x</a><script>alert(1)</script> | Evil', 'https://evil.example/')).toBe(
      'x</a><script>alert(1)</script>',
    );
  });
});
