import {
  type Category,
  type Clip,
  categoryLabel,
  type IdGenerator,
  type Issue,
  type IssueDocument,
} from '../../model';
import type { Span } from '../../model/layout';
import type { readFrame } from '../document/frame';
import { bare } from '../document/lines';
import { trimBlankEdges } from '../document/text';
import type { CompiledStyle } from '../style/compile';
import { LINK_TAIL, LINK_TEXT, sentenceOf } from '../template/sentence';
import { clipSum, DERIVED, TEMPLATE_FIELDS } from '../template/values';
import type { Explained, Parsed, Piece } from './reader';

export interface Assembly extends Parsed, Explained {
  frame: ReturnType<typeof readFrame>;
  now: string;
  id: IdGenerator;
}

function afterwordAt(pieces: Piece[], style: CompiledStyle): number {
  const template = style.afterword;
  if (!template?.headingLevel) return -1;
  const last = pieces.findLastIndex((p) => p.kind === 'section');
  const piece = pieces[last];
  if (piece?.kind !== 'section' || piece.level !== template.headingLevel) return -1;
  return pieces.slice(last).some((p) => p.kind === 'item') ? -1 : last;
}

export function assemble(a: Assembly): IssueDocument {
  const { lines, pieces, style, now, id } = a;
  const text = (start: number, end: number) => lines.slice(start, end).join('');
  const gapAfter = (index: number) => {
    const piece = pieces[index] as Piece;
    return text(piece.end, pieces[index + 1]?.start ?? lines.length);
  };
  const issueId = id();
  const categories: Category[] = [];
  const clips: Clip[] = [];
  const sectionText: Record<string, string> = {};
  const head = `${a.bom ? '\uFEFF' : ''}${text(0, a.startLine)}`;
  const spans: Span[] = [{ kind: 'frame', text: head, values: a.frame.values }];
  const counts = new Map<string, number>();
  let current: Category | null = null;
  let openSection: Extract<Span, { kind: 'section' }> | null = null;
  const closing = afterwordAt(pieces, style);
  let afterword = { heading: '', text: '' };

  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] as Piece;
    if (index === closing) {
      const rest = text(piece.start, lines.length);
      const body = trimBlankEdges(lines.slice(piece.end).map(bare).join('\n'));
      const heading = piece.kind === 'section' ? categoryLabel(piece.label, 'markdown') : '';
      afterword = { heading, text: body };
      spans.push({ kind: 'afterword', text: rest, heading, afterword: body });
      break;
    }
    if (piece.kind === 'section') {
      current = { id: id(), ...piece.label, order: categories.length };
      categories.push(current);
      openSection = {
        kind: 'section',
        categoryId: current.id,
        line: text(piece.start, piece.end),
        gap: gapAfter(index),
        label: categoryLabel(piece.label, 'markdown'),
        body: '',
        sectionText: '',
      };
      spans.push(openSection);
      continue;
    }
    if (piece.kind === 'text') {
      const verbatim = text(piece.start, piece.end) + gapAfter(index);
      if (openSection) {
        openSection.body += verbatim;
        continue;
      }
      const previous = spans.at(-1);
      if (previous?.kind === 'text') previous.text += verbatim;
      else if (previous?.kind === 'frame' && !current) previous.text += verbatim;
      else spans.push({ kind: 'text', text: verbatim });
      continue;
    }
    openSection = null;
    if (!current) {
      current = { id: id(), emoji: '', name: '', order: categories.length };
      categories.push(current);
    }
    const order = counts.get(current.id) ?? 0;
    counts.set(current.id, order + 1);
    clips.push(
      toClip(piece, text(piece.start, piece.end), style, {
        issueId,
        categoryId: current.id,
        order,
        now,
        id: id(),
      }),
    );
    spans.push({ kind: 'item', categoryId: current.id, gap: gapAfter(index) });
  }
  for (const span of spans) {
    if (span.kind !== 'section') continue;
    span.sectionText = trimBlankEdges(span.body.split(/\r\n?|\n/).join('\n'));
    if (span.sectionText) sectionText[span.categoryId] = span.sectionText;
  }
  const issue: Issue = {
    id: issueId,
    title: a.frame.titleTemplate,
    number: a.frame.values.number,
    date: a.frame.values.date,
    header: a.frame.headerTemplate,
    intro: a.frame.introTemplate,
    afterwordHeading: afterword.heading,
    afterword: afterword.text,
    style: style.style.name,
    status: 'draft',
    sectionText,
    categoryOrder: categories.map((c) => c.id),
    createdAt: now,
    updatedAt: now,
    layout: { style: style.style.name, eol: a.eol, spans },
  };
  return { issue, categories, clips };
}

interface ClipPlace {
  issueId: string;
  categoryId: string;
  order: number;
  now: string;
  id: string;
}

function toClip(
  piece: Extract<Piece, { kind: 'item' }>,
  source: string,
  style: CompiledStyle,
  place: ClipPlace,
): Clip {
  const { values } = piece;
  const clip: Clip = {
    id: place.id,
    url: values.url ?? '',
    pageTitle: values.pageTitle ?? '',
    description: values.description ?? '',
    heading: values.heading ?? '',
    comment: values.comment ?? '',
    categoryId: place.categoryId,
    issueId: place.issueId,
    order: place.order,
    createdAt: place.now,
    updatedAt: place.now,
  };
  const linkText = values[LINK_TEXT];
  if (linkText !== undefined) {
    const after = (values.after ?? '') + (values[LINK_TAIL] ?? '');
    clip.heading = sentenceOf(values.before ?? '', linkText, after);
  }
  if (values.lead) clip.lead = values.lead;
  if (values.clippedBy) clip.clippedBy = values.clippedBy;
  const known = new Set<string>(TEMPLATE_FIELDS);
  const extra = Object.entries(values).filter(
    ([name, value]) => value !== '' && !known.has(name) && !DERIVED.has(name),
  );
  if (extra.length) clip.extra = Object.fromEntries(extra);
  clip.source = { style: style.style.name, text: source, sum: clipSum(clip), shape: piece.shape };
  return clip;
}
