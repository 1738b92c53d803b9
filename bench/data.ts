/**
 * The benchmark's data: a seeded, deterministic database of years of clips. The same seed
 * gives the same bytes in Node and in Chromium (only integer PRNG output, string work and
 * UTC dates), so the harness checks a hash of the backup text made on both sides.
 */
import { createBackup, serializeBackup } from '../src/core/backup';
import type { BackupFile } from '../src/core/backup/schema';
import { renderIssue } from '../src/core/markdown';
import type { Category, Clip, Issue, IssueDocument } from '../src/core/model';

export const SEED = 20260107;

/** 200 published issues of 50 clips (10,000) and a draft of 200: 10,200 clips in all. */
export const SHAPE = { published: 200, perIssue: 50, draftClips: 200 } as const;

/** Two words that meet in a few percent of the clips, typed into the workspace search. */
export const SEARCH_QUERY = 'latency kubernetes';

/** mulberry32: a tiny 32-bit PRNG, good enough for test data and identical everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// biome-ignore format: a word list reads better packed
const WORDS = [
  'latency', 'throughput', 'kubernetes', 'container', 'scheduler', 'cache', 'database', 'index',
  'query', 'planner', 'storage', 'replication', 'consensus', 'raft', 'paxos', 'cluster', 'node',
  'network', 'packet', 'kernel', 'ebpf', 'tracing', 'metrics', 'logging', 'alerting', 'incident',
  'postmortem', 'rollout', 'canary', 'deploy', 'pipeline', 'build', 'compiler', 'linker', 'runtime',
  'garbage', 'collector', 'memory', 'allocator', 'thread', 'async', 'await', 'future', 'promise',
  'actor', 'channel', 'mutex', 'lock', 'atomic', 'queue', 'stream', 'batch', 'shard', 'partition',
  'leader', 'follower', 'quorum', 'snapshot', 'compaction', 'btree', 'lsm', 'bloom', 'filter',
  'hash', 'checksum', 'encryption', 'tls', 'certificate', 'identity', 'token', 'oauth', 'session',
  'browser', 'extension', 'manifest', 'worker', 'service', 'rendering', 'layout', 'paint',
  'accessibility', 'keyboard', 'focus', 'typescript', 'rust', 'golang', 'python', 'zig', 'wasm',
  'webgpu', 'shader', 'vector', 'embedding', 'model', 'inference', 'training', 'benchmark',
  'profiling', 'flamegraph', 'regression', 'release', 'changelog', 'semver', 'dependency',
  'package', 'registry', 'supply', 'chain', 'sbom', 'signing', 'sandbox', 'isolation', 'cgroup',
  'namespace', 'operator', 'controller', 'reconcile', 'helm', 'terraform', 'ansible', 'ceph',
  'object', 'bucket', 'bandwidth', 'tail', 'p99', 'timeout', 'retry', 'backoff', 'circuit',
  'breaker', 'gateway', 'proxy', 'envoy', 'mesh', 'sidecar', 'ingress', 'dns', 'routing', 'bgp',
  'ipv6', 'quic', 'http3', 'websocket', 'grpc', 'protobuf', 'schema', 'migration', 'postgres',
  'mysql', 'sqlite', 'redis', 'kafka', 'etcd', 'prometheus', 'grafana', 'opentelemetry', 'sre',
  'oncall', 'toil', 'automation', 'testing', 'fuzzing', 'property', 'coverage', 'mutation',
  'review', 'refactoring', 'design', 'architecture', 'monolith', 'microservices', 'api', 'sdk',
  'cli', 'editor', 'terminal', 'shell', 'git', 'merge', 'rebase', 'bisect', 'linux', 'systemd',
];
// biome-ignore format: a phrase list reads better packed
const JA = [
  '入門', '設計', '運用', '可観測性', '分散システム', 'パフォーマンス改善', '障害対応', '振り返り',
  '移行', '自動化', 'セキュリティ', '監視', '高速化', '読書メモ', '解説', '実践',
];
const EMOJI = ['🚀', '🎉', '🔥', '✨', '📈', '🛠️', '🐧', '🦀'];
// biome-ignore format: a host list reads better packed
const HOSTS = [
  'github.com', 'kubernetes.io', 'blog.cloudflare.com', 'engineering.example.com', 'zenn.dev',
  'qiita.com', 'lwn.net', 'martinfowler.com', 'research.google', 'aws.amazon.com',
  'devblogs.microsoft.com', 'go.dev', 'blog.rust-lang.org', 'www.postgresql.org', 'sre.google',
  'netflixtechblog.com', 'slack.engineering', 'dropbox.tech', 'tech.example.jp', 'speakerdeck.com',
];

const CATEGORIES: Category[] = [
  { id: 'new-features', emoji: '✨', name: 'New Features', order: 0 },
  { id: 'notable-articles', emoji: '👀', name: 'Notable Articles', order: 1 },
  { id: 'tools', emoji: '\u{1F6E0}\uFE0F', name: 'Tools, Frameworks, Libraries', order: 2 },
  { id: 'books', emoji: '📘', name: 'Books', order: 3 },
  { id: 'events', emoji: '🤝', name: 'Events', order: 4 },
  { id: 'security', emoji: '🔐', name: 'Security', order: 5 },
];
/** Real digests fill some sections far more than others. */
const CATEGORY_WEIGHTS = [4, 6, 5, 1, 1, 2];

const DAY = 86_400_000;
/** Friday 2022-01-07, the first published issue; one issue a week after it. */
const FIRST_ISSUE = Date.UTC(2022, 0, 7, 9, 0, 0);
/** The house style the seeded issues are written in (a built-in one). */
const STYLE = 'embedly-blockquote';
const HEADER =
  '<script async src="//cdn.embedly.com/widgets/platform.js" charset="UTF-8"></script>';

class Gen {
  readonly rand: () => number;
  constructor(seed: number) {
    this.rand = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.rand() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)] as T;
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.rand() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
  hex(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += Math.floor(this.rand() * 16).toString(16);
    return out;
  }
  /** A version-4-shaped id, like `crypto.randomUUID()` gives the product. */
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${this.hex(3)}-${this.hex(12)}`;
  }
  words(min: number, max: number): string {
    const n = this.int(min, max);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.pick(WORDS));
    return out.join(' ');
  }
  sentence(min: number, max: number): string {
    const text = this.words(min, max);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }
  heading(): string {
    const text = this.words(3, 8);
    let heading = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
    if (this.chance(0.2)) heading = `${this.pick(JA)}: ${heading}`;
    if (this.chance(0.1)) heading = `${heading} ${this.pick(EMOJI)}`;
    return heading;
  }
  comment(): string {
    if (this.chance(0.1)) return '';
    const blocks: string[] = [];
    const paragraphs = this.int(1, 3);
    for (let i = 0; i < paragraphs; i++) {
      const sentences = this.int(1, 3);
      const parts: string[] = [];
      for (let j = 0; j < sentences; j++) parts.push(this.sentence(6, 18));
      if (this.chance(0.15)) parts.push(`\`${this.pick(WORDS)}()\` ${this.pick(JA)}`);
      blocks.push(parts.join(' '));
    }
    if (this.chance(0.15)) {
      blocks.push(Array.from({ length: this.int(2, 4) }, () => `- ${this.words(2, 6)}`).join('\n'));
    }
    return blocks.join('\n\n');
  }
}

export interface BenchDataset {
  /** The whole database, as Export backup writes it. */
  backup: BackupFile;
  /** The current draft with its 200 clips: what the workspace opens on. */
  draft: IssueDocument;
}

function makeClip(gen: Gen, issueId: string, categoryId: string, order: number, day: number): Clip {
  const host = gen.pick(HOSTS);
  const heading = gen.heading();
  const slug = gen.words(2, 5).replaceAll(' ', '-');
  let url = `https://${host}/${gen.int(2019, 2026)}/${slug}`;
  if (gen.chance(0.15)) url += `?id=${gen.int(1, 99999)}`;
  if (gen.chance(0.05)) url += `${url.includes('?') ? '&' : '?'}utm_source=newsletter`;
  const created = new Date(day - gen.int(0, 6 * DAY)).toISOString();
  return {
    id: gen.uuid(),
    url,
    pageTitle: `${heading} | ${host}`,
    description: gen.chance(0.15) ? '' : gen.sentence(12, 30),
    heading,
    comment: gen.comment(),
    categoryId,
    issueId,
    order,
    createdAt: created,
    updatedAt: created,
  };
}

function makeIssue(gen: Gen, index: number, status: Issue['status']): Issue {
  const at = FIRST_ISSUE + index * 7 * DAY;
  const stamp = new Date(at - 6 * DAY).toISOString();
  return {
    id: gen.uuid(),
    title: 'Neco Weekly ({date})',
    number: index + 1,
    date: new Date(at).toISOString().slice(0, 10),
    header: HEADER,
    intro: gen.sentence(10, 25),
    afterwordHeading: 'おわりに',
    afterword: status === 'published' ? gen.sentence(8, 20) : '',
    style: STYLE,
    status,
    sectionText: gen.chance(0.2) ? { events: gen.sentence(5, 12) } : {},
    categoryOrder: CATEGORIES.map((c) => c.id),
    createdAt: stamp,
    updatedAt: status === 'published' ? new Date(at).toISOString() : stamp,
  };
}

function makeClips(gen: Gen, issue: Issue, count: number, day: number): Clip[] {
  const orders = new Map<string, number>();
  const clips: Clip[] = [];
  for (let i = 0; i < count; i++) {
    const category = CATEGORIES[gen.weighted(CATEGORY_WEIGHTS)] as Category;
    const order = orders.get(category.id) ?? 0;
    orders.set(category.id, order + 1);
    clips.push(makeClip(gen, issue.id, category.id, order, day));
  }
  return clips;
}

/** Published issues carry their frozen Markdown, as `publishIssue` stores it. */
export function generateDataset(seed = SEED, shape = SHAPE): BenchDataset {
  const gen = new Gen(seed);
  const issues: Issue[] = [];
  const clips: Clip[] = [];
  for (let k = 0; k < shape.published; k++) {
    const issue = makeIssue(gen, k, 'published');
    const own = makeClips(gen, issue, shape.perIssue, FIRST_ISSUE + k * 7 * DAY);
    issue.publishedMarkdown = renderIssue({ issue, categories: CATEGORIES, clips: own });
    issues.push(issue);
    clips.push(...own);
  }
  const draftIssue = makeIssue(gen, shape.published, 'draft');
  const draftClips = makeClips(
    gen,
    draftIssue,
    shape.draftClips,
    FIRST_ISSUE + shape.published * 7 * DAY,
  );
  issues.push(draftIssue);
  clips.push(...draftClips);
  const exportedAt = new Date(FIRST_ISSUE + (shape.published * 7 + 1) * DAY);
  const backup = createBackup(
    { categories: CATEGORIES, issues, clips },
    'backup',
    () => exportedAt,
  );
  return { backup, draft: { issue: draftIssue, categories: CATEGORIES, clips: draftClips } };
}

/** The backup file's text, exactly as Export backup would write it. */
export function backupText(dataset: BenchDataset): string {
  return serializeBackup(dataset.backup);
}

/** FNV-1a over UTF-16 code units: a cheap fingerprint to compare Node's and Chromium's data. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16).padStart(8, '0')}-${text.length}`;
}
