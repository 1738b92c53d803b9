/** The figures, their targets and how each is measured, from the raw samples. */
import type { CoreSamples } from './core';
import { SHAPE } from './data';
import { type LinkSamples, linkFigures } from './links';
import type { Machine } from './machine';
import { type MergeSamples, mergeFigures } from './merge';
import type { PopupSamples } from './popup';
import { type ScaleSamples, scaleFigures } from './scale';
import type { BuildSizes } from './size';
import { type Figure, figure, single, summarize, table, type Unit } from './stats';
import type { WorkspaceSamples } from './workspace';

export const DRAFT_CLIPS = SHAPE.draftClips;
export const TOTAL_CLIPS = SHAPE.published * SHAPE.perIssue + SHAPE.draftClips;
export const BULK = 1000;

export interface Measured {
  popup: PopupSamples;
  popupAtScale: PopupSamples;
  bulk: { totals: number[]; first: number[]; last: number[]; big: number[]; small: number[] };
  workspace: WorkspaceSamples;
  imports: number[];
  parses: number[];
  backupBytes: number;
  core: CoreSamples;
  merge?: MergeSamples;
  scale?: ScaleSamples;
  links?: LinkSamples;
  /** The archive read from a repository (bench/archive.ts): its rows as measured. */
  archive?: Figure[];
  sizes: BuildSizes;
}

const n = (count: number) => count.toLocaleString('en');

export function buildFigures(m: Measured): Figure[] {
  const figures: Figure[] = [];
  const row = (
    [group, id, label, unit]: [string, string, string, Unit],
    samples: number[] | ReturnType<typeof single>,
    how: string,
    target?: Figure['target'],
  ) => {
    if (Array.isArray(samples) && samples.length === 0) return;
    const summary = Array.isArray(samples) ? summarize(samples) : samples;
    figures.push(figure({ group, id, label, unit, how, ...(target ? { target } : {}) }, summary));
  };
  const ratio = { max: 1.5, text: '<= 1.5x floor' };
  const { popup, popupAtScale: scale, workspace: ws, core, sizes } = m;

  row(
    ['popup', 'floor', 'Floor: blank extension page shown', 'ms'],
    popup.floor,
    'Chromium: navigation start → <main id="blank"> of bench-only blank.html in the DOM',
  );
  row(
    ['popup', 'floor.script', 'Floor: blank page that runs one script', 'ms'],
    popup.floorScript,
    'Chromium: navigation start → the one empty module of bench-only blank-script.html ran',
  );
  row(
    ['popup', 'floor.script.ratio', '  one script / blank page', 'x'],
    popup.scriptOverFloor,
    'blank-script.html / blank.html of the same round: no page with script can beat this ratio',
  );
  row(
    ['popup', 'popup.ready', 'Popup: filled, interactive form', 'ms'],
    popup.popup,
    'Chromium: navigation start → title, page title and URL filled, Save enabled',
  );
  row(
    ['popup', 'popup.scripts', '  of which until its scripts ran', 'ms'],
    popup.popupScripts,
    'Chromium: navigation start → DOMContentLoaded end',
  );
  row(
    ['popup', 'popup.ratio', 'Popup ready / floor', 'x'],
    popup.ratio,
    'popup / floor of the same round',
    ratio,
  );
  row(
    ['popup', 'popup.ratio.script', 'Popup ready / floor that runs a script', 'x'],
    popup.ratioScript,
    'popup / blank-script.html of the same round: what the popup adds to any page with script',
    ratio,
  );
  row(
    ['popup', 'popup.ratio.scale', `Popup ready / floor, ${n(TOTAL_CLIPS)} clips stored`, 'x'],
    scale.ratio,
    'as above, after the backup import',
    ratio,
  );
  row(
    [
      'popup',
      'popup.ratio.scale.script',
      `Popup ready / floor that runs a script, ${n(TOTAL_CLIPS)} stored`,
      'x',
    ],
    scale.ratioScript,
    'popup / blank-script.html of the same round, after the backup import',
    ratio,
  );

  row(
    ['save', 'save.single', 'Save: click → "Saved" (committed)', 'ms'],
    popup.save,
    'Chromium popup: Save click → status says Saved (after the worker replied after tx.done)',
    { max: 20, text: '<= 20 ms' },
  );
  row(
    ['save', 'save.bulk', `Save: ${n(BULK)} clips in a row`, 'ms'],
    m.bulk.totals,
    `Chromium: ${n(BULK)} save-clip messages from an extension page, one after another`,
  );
  row(
    ['save', 'save.bulk.first', '  one save, among the first 100', 'ms'],
    m.bulk.first,
    'Chromium: sendMessage → reply, saves 1–100',
  );
  row(
    ['save', 'save.bulk.last', '  one save, among the last 100', 'ms'],
    m.bulk.last,
    `Chromium: sendMessage → reply, saves ${n(BULK - 99)}–${n(BULK)}`,
  );

  const median = (list: number[]) => (list.length ? summarize(list).median : Number.NaN);
  if (m.bulk.first.length && m.bulk.last.length) {
    row(
      ['save', 'save.bulk.slope', '  last 100 / first 100 (save slope)', 'x'],
      single(median(m.bulk.last) / median(m.bulk.first)),
      'median of saves 901–1,000 / median of saves 1–100: a save costs the same in a big draft',
      { max: 1.5, text: '<= 1.5x' },
    );
  }
  if (m.bulk.big.length && m.bulk.small.length) {
    row(
      ['save', 'save.beside', `  into a ${n(BULK)}-clip draft / a new one, in turn`, 'x'],
      single(median(m.bulk.big) / median(m.bulk.small)),
      `median of 100 saves into the ${n(BULK)}-clip draft / of 100 into another digest's new draft, alternating: the draft's size alone`,
    );
  }

  row(
    ['workspace', 'workspace.screen', `Workspace: first screen, ${DRAFT_CLIPS}-clip draft`, 'ms'],
    ws.firstScreen,
    'Chromium: navigation start → [data-clip-id] rows in the DOM past the window’s bottom edge',
  );
  row(
    ['workspace', 'workspace.scripts', '  of which until its scripts ran', 'ms'],
    ws.scripts,
    'Chromium: navigation start → DOMContentLoaded end',
  );
  row(
    ['workspace', 'workspace.screen.painted', '  the same, to the next frame', 'ms'],
    ws.firstScreenPainted,
    'as the first screen, then requestAnimationFrame and a task: when the editor sees it',
    { max: 150, text: '<= 150 ms' },
  );
  row(
    ['workspace', 'workspace.first', `  all ${DRAFT_CLIPS} clips in the DOM`, 'ms'],
    ws.firstRender,
    `Chromium: navigation start → ${DRAFT_CLIPS} [data-clip-id] in the DOM`,
  );
  row(
    ['workspace', 'workspace.first.painted', '    the same, to the next frame', 'ms'],
    ws.firstRenderPainted,
    'as all clips in the DOM, then requestAnimationFrame and a task',
  );
  row(
    [
      'workspace',
      'workspace.search',
      `Workspace: search ${n(TOTAL_CLIPS)} clips, typed → shown`,
      'ms',
    ],
    ws.search,
    'Chromium: input event → result count changed',
    { max: 50, text: '<= 50 ms' },
  );
  row(
    ['workspace', 'workspace.search.open', '  opening the search view', 'ms'],
    ws.searchOpen,
    'Chromium: click on Search → its first results listed',
    { max: 100, text: '<= 100 ms' },
  );
  row(
    ['workspace', 'workspace.search.counted', '    to the count of all clips', 'ms'],
    ws.searchCounted,
    'Chromium: click on Search → result count shown',
  );
  row(
    ['workspace', 'workspace.reorder', 'Workspace: Move down → shown and committed', 'ms'],
    ws.reorder,
    'Chromium: click → DOM order changed and the write announced after tx.done',
  );

  row(
    ['core', 'render', `Render: Markdown of a ${DRAFT_CLIPS}-clip issue`, 'ms'],
    core.render,
    'Node: renderIssue(draft) in its house style, embedly-blockquote',
    { max: 5, text: '<= 5 ms' },
  );
  row(
    ['core', 'import', `Import: ${DRAFT_CLIPS}-item Markdown issue`, 'ms'],
    core.importMarkdown,
    `Node: importIssue on ${(core.facts.markdownBytes / 1000).toFixed(0)} KB of Markdown`,
  );
  row(
    ['core', 'search.core', `Search core: one query over ${n(TOTAL_CLIPS)}`, 'ms'],
    core.searchQuery,
    'Node: searchClips on a built index',
  );
  row(
    ['core', 'search.index', `Search core: build the index of ${n(TOTAL_CLIPS)}`, 'ms'],
    core.searchIndex,
    'Node: buildSearchIndex',
  );
  row(
    [
      'backup',
      'backup.import',
      `Backup import: ${n(TOTAL_CLIPS)} clips, ${(m.backupBytes / 1e6).toFixed(1)} MB`,
      'ms',
    ],
    m.imports,
    "Chromium: importBackupText(text, 'replace'): validate, then one transaction",
    { max: 1500, text: '<= 1.5 s' },
  );
  row(
    ['backup', 'backup.parse', '  of which validation (parseBackup)', 'ms'],
    m.parses,
    'Chromium: parseBackup alone',
  );

  if (m.merge) figures.push(...mergeFigures(m.merge));
  if (m.scale) figures.push(...scaleFigures(m.scale));
  if (m.links) figures.push(...linkFigures(m.links));
  if (m.archive) figures.push(...m.archive);

  const kb = (bytes: number) => single(bytes / 1000);
  const graph = 'dist/chrome: the page, its modulepreloads and static imports, gzip -9 per file';
  row(['size', 'size.popup.js', 'Size: popup JS, gzip', 'KB'], kb(sizes.popup.jsGzip), graph, {
    max: 20,
    text: '<= 20 KB',
  });
  row(
    ['size', 'size.popup.later', '  popup JS loaded after the form works (import())', 'KB'],
    kb(sizes.popup.laterJsGzip),
    'dist/chrome: the chunks the popup imports dynamically, with their static imports',
  );
  row(['size', 'size.popup.css', 'Size: popup CSS, gzip', 'KB'], kb(sizes.popup.cssGzip), graph);
  row(
    ['size', 'size.workspace.js', 'Size: workspace JS, gzip', 'KB'],
    kb(sizes.workspace.jsGzip),
    graph,
  );
  row(
    ['size', 'size.workspace.css', 'Size: workspace CSS, gzip', 'KB'],
    kb(sizes.workspace.cssGzip),
    graph,
  );
  if (sizes.sidepanel) {
    row(
      ['size', 'size.sidepanel.js', 'Size: side panel JS, gzip', 'KB'],
      kb(sizes.sidepanel.jsGzip),
      graph,
    );
    row(
      ['size', 'size.sidepanel.css', 'Size: side panel CSS, gzip', 'KB'],
      kb(sizes.sidepanel.cssGzip),
      graph,
    );
  }
  row(
    ['size', 'size.background.js', 'Size: background JS, gzip', 'KB'],
    kb(sizes.background.jsGzip),
    'dist/chrome: service-worker-loader.js and its static imports, gzip -9 per file',
  );
  return figures;
}

export function printable(
  figures: Figure[],
  context: {
    date: string;
    machine: Machine;
    source: { commit: string; uncommittedFiles: number };
    runs: number;
    busyWaits: number;
  },
): string {
  const { machine } = context;
  const warning = context.busyWaits
    ? `Warning: the machine was still busy before ${context.busyWaits} measurements (other processes?); figures are noisier than usual.\n`
    : '';
  return (
    `\nDigest Clipper benchmark, ${context.date}\n` +
    `${machine.cpu}, ${machine.nproc} cores, ${machine.memory}\n` +
    `${machine.chromium}, Node ${machine.node}\n` +
    `Code: commit ${context.source.commit}${context.source.uncommittedFiles ? ` with ${context.source.uncommittedFiles} uncommitted files` : ''}\n` +
    `Median of ${context.runs} runs unless the runs column says otherwise.\n${warning}\n` +
    `${table(figures)}\n\n`
  );
}
