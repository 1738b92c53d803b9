import { shownName } from '../../model';

/** A section heading's label: its emoji and its name, as the workspace edits them. */

const EMOJI_LABEL =
  /^(\p{Extended_Pictographic}(?:\uFE0F|\u20E3|[\u{1F3FB}-\u{1F3FF}]|\u200D\p{Extended_Pictographic}\uFE0F?)*)[ \t]+(\S.*)$/u;

/** A heading's label: a leading emoji and the name, as the workspace edits them. */
export function splitLabel(label: string): { emoji: string; name: string } {
  const match = EMOJI_LABEL.exec(label);
  return match?.[1] && match[2] ? { emoji: match[1], name: match[2] } : { emoji: '', name: label };
}

const EMOJI_ONLY =
  /^(?:\p{Extended_Pictographic}|\uFE0F|\u20E3|[\u{1F3FB}-\u{1F3FF}]|\u200D|\p{Regional_Indicator})+$/u;
const LINKED = /^\[((?:[^[\]\\]|\\.)+)\]\([^()\s]*\)$/;

/**
 * A section label as a reader names it: an emoji slot holds an emoji only (`# Advent
 * Calendar 🎅` is the name "Advent Calendar" and 🎅), and a heading that is one link is
 * named by the link's text.
 */
export function readerLabel(emoji: string, name: string): { emoji: string; name: string } {
  let label = { emoji, name };
  if (emoji && !EMOJI_ONLY.test(emoji)) {
    const whole = `${name} ${emoji}`;
    const last = /^(.*\S)[ \t]+(\S+)$/u.exec(whole);
    label =
      last?.[1] && last[2] && EMOJI_ONLY.test(last[2])
        ? { emoji: last[2], name: last[1] }
        : { emoji: '', name: whole };
  }
  // The link's text by the one rule the screens show section names by (model/label.ts).
  return LINKED.test(label.name) ? { ...label, name: shownName(label.name) } : label;
}
