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

// Link text of items in the real issues of ../shared/fixtures (TWiR 453, LWKD, Neco Weekly,
// Cybozu Frontend Weekly, JSer), each a page's whole title as its digest published it,
// with Markdown escapes and bold marks taken off. Each has a host where it was published.
const REAL_TITLES: [string, string][] = [
  [
    'HexoSynth 2022 - Devlog #6 - Workflow and Oscilloscope',
    'https://m8geil.de/posts/hexosynth-6/',
  ],
  [
    'Fornjot (code-first CAD in Rust) - Weekly Release - 2022-W30',
    'https://www.fornjot.app/blog/weekly-release/2022-w30/',
  ],
  [
    'Console #115 - Interview with Jonathan of BonsaiDb',
    'https://console.substack.com/p/console-115',
  ],
  [
    'This week in Fluvio #39: The programmable streaming platform',
    'https://www.fluvio.io/news/this-week-in-fluvio-0039/',
  ],
  ['IntelliJ Rust Changelog #175', 'https://intellij-rust.github.io/2022/07/25/changelog-175.html'],
  [
    'This week in Databend #52: A Modern Cloud Data Warehouse for Everyone',
    'https://weekly.databend.rs/2022-07-27-databend-weekly/',
  ],
  [
    'mirrord - Add e2e tests for a bash script',
    'https://github.com/metalbear-co/mirrord/issues/200',
  ],
  [
    'ockam - Make output node information and format consistent across `ockam node create | show | list` commands',
    'https://github.com/build-trust/ockam/issues/3042',
  ],
  [
    'rustc_expand: switch `FxHashMap` to `FxIndexMap` where iteration is used',
    'https://github.com/rust-lang/rust/pull/99320',
  ],
  [
    'proc_macro/bridge: stop using a remote object handle for proc_macro `Ident` and `Literal`',
    'https://github.com/rust-lang/rust/pull/98189',
  ],
  ['allow `trait A: ~const B`', 'https://github.com/rust-lang/rust/pull/93429'],
  [
    'improve suggestions for `NonZeroT` <- `T` coercion error',
    'https://github.com/rust-lang/rust/pull/99438',
  ],
  [
    'clippy: fix `useless_format` spans for `format!("{foo}")`',
    'https://github.com/rust-lang/rust-clippy/pull/9237',
  ],
  [
    'Beginner Rust Open "Office Hours"',
    'https://www.meetup.com/Minneapolis-Rust-Meetup/events/286993342/',
  ],
  ['Rust Meetup Linz - 24th Edition', 'https://www.meetup.com/Rust-Linz/events/287238072/'],
  ['Hack Night #27', 'https://www.meetup.com/copenhagen-rust-meetup-group/events/287057762/'],
  ['Rust & Relax @ Brygg w/Jon Gjengset', 'https://www.meetup.com/rust-oslo/events/287422914/'],
  [
    'Cilium 1.12 - Ingress, Multi-Cluster, Service Mesh, External Workloads, and much more',
    'https://isovalent.com/blog/post/cilium-release-112/',
  ],
  [
    "K8s Gateway API is here - what's in it for you?",
    'https://www.groundcover.com/blog/k8s-gateway-api',
  ],
  ['Run As “Root”, Not Root: User Namespaces In K8s', 'https://kccncna2022.sched.com/event/182K0/'],
  [
    "Webhook Fatigue? You're Not Alone: Introducing the CEL Expression Language Features Solving This Problem",
    'https://kccncna2022.sched.com/event/182Q6/',
  ],
  [
    'Beyond Kubebuilder - Generating Entire Kubernetes Controller Implementations',
    'https://kccncna2022.sched.com/event/182Hd/',
  ],
  [
    'API Evolution With CRDs: Best Practices For Authoring & Fuzz Testing APIs',
    'https://kccncna2022.sched.com/event/182HR/',
  ],
  [
    'RFD 1 - Kubernetes Operator',
    'https://github.com/gravitational/teleport-plugins/blob/master/rfd/0001-kubernetes-manager.md',
  ],
  [
    '#106388: Ignore non-semantic changes to objects',
    'https://github.com/kubernetes/kubernetes/pull/106388',
  ],
  [
    'feat: create "@eslint-community GitHub organization" RFC #91',
    'https://github.com/eslint/rfcs/pull/91',
  ],
  [
    'Apple Music の新しいサイトで Svelte が採用された',
    'https://twitter.com/kevmodrome/status/1534275183334277121',
  ],
  ['フォーカスされているボタンのスタイリング', 'https://web.dev/building-a-button-component/'],
  ['Top-level `await` proposal', 'https://github.com/tc39/proposal-top-level-await'],
  ['Cgroupv2 Is Coming Soon To a Cluster Near You', 'https://kccncna2022.sched.com/event/182JZ/'],
];

/** The name a site puts after its titles, here its host's main name. */
function siteName(url: string): string {
  const labels = new URL(url).hostname.replace(/^www\./, '').split('.');
  const main = labels.length > 2 ? (labels.at(-2) ?? '') : (labels[0] ?? '');
  return main.charAt(0).toUpperCase() + main.slice(1);
}

describe('suggestHeading keeps a real title whole', () => {
  it('has 30 real titles', () => expect(REAL_TITLES).toHaveLength(30));

  for (const [title, url] of REAL_TITLES) {
    it(`${JSON.stringify(title)} from <title>Title | Site</title> and Title - Site`, () => {
      expect(suggestHeading(`${title} | ${siteName(url)}`, url)).toBe(title);
      expect(suggestHeading(`${title} - ${siteName(url)}`, url)).toBe(title);
    });

    it(`${JSON.stringify(title)} on its own`, () => {
      expect(suggestHeading(title, url)).toBe(title);
    });
  }

  it('cuts at ` - ` or ` — ` only where the part after names the site', () => {
    const hexo = 'HexoSynth 2022 - Devlog #6 - Workflow and Oscilloscope';
    expect(suggestHeading(hexo, 'https://m8geil.de/posts/hexosynth-6/')).toBe(hexo);
    const tokio = 'Tokio Console 0.1.7 — "Pipes, Filters and Long Polls"';
    expect(suggestHeading(tokio, 'https://tokio.rs/blog/2022-08-console')).toBe(tokio);
    expect(suggestHeading(`${tokio} | Tokio`, 'https://tokio.rs/blog/2022-08-console')).toBe(tokio);
    expect(suggestHeading(`${tokio} — Tokio Blog`, 'https://tokio.rs/blog/2022-08-console')).toBe(
      tokio,
    );
  });
});
