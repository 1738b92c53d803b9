/** Malformed backups, each with the message it must be refused with. */
import { makeBackup, makeClip } from '../helpers/backup-data';

type Json = Record<string, unknown>;

/** A valid backup, changed by `edit`, as text. */
export function variant(edit: (file: Json) => void): string {
  const file = structuredClone(makeBackup()) as unknown as Json;
  edit(file);
  return JSON.stringify(file);
}

/** The valid backup with the value at a dotted path (`clips.0.url`) set, or removed. */
function set(path: string, value: unknown, remove = false): string {
  return variant((file) => {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce<Json>((node, key) => node[key] as Json, file);
    if (remove) delete parent[last];
    else parent[last] = value;
  });
}
const unset = (path: string) => set(path, undefined, true);
const push = (list: 'clips' | 'categories', item: unknown) =>
  variant((file) => (file[list] as unknown[]).push(item));

const draft = { url: 'https://a.example/', comment: '', updatedAt: '2024-03-01T10:00:00Z' };

// Each file is refused with a message naming the problem; the expected wording is written
// by hand from what a user needs to read, not copied from the implementation.
// biome-ignore format: one case per line reads as a table
export const CASES: Array<[string, string, RegExp]> = [
  ['an empty file', '', /^not valid JSON/],
  ['text that is not JSON', 'Weekly digest, March', /^not valid JSON/],
  ['truncated JSON', variant(() => {}).slice(0, 80), /^not valid JSON/],
  ['a JSON array', '[]', /^not a Digest Clipper backup/],
  ['a JSON string', '"digest-clipper"', /^not a Digest Clipper backup/],
  ['another app’s file', '{"format":"other-app","version":1}', /^not a Digest Clipper backup/],
  ['a newer format version', set('version', 3), /newer Digest Clipper \(format version 3\).*Update Digest Clipper/],
  ['a version given as text', set('version', '2'), /^version: expected 1 or 2, the format versions/],
  ['no version', unset('version'), /^version: expected 1 or 2/],
  ['an unknown kind', set('kind', 'archive'), /^kind: .*"backup"\|"pack"/],
  ['a bad export time', set('exportedAt', 'yesterday'), /^exportedAt: Invalid ISO datetime/],
  ['clips that are not a list', set('clips', {}), /^clips: Invalid input: expected array/],
  ['a javascript: link', set('clips.0.url', 'javascript:alert(document.cookie)'), /^clips\[0\]\.url: Script links \(javascript:\) cannot be clipped/],
  ['a data: link', set('clips.0.url', 'data:text/html,<script>alert(1)</script>'), /^clips\[0\]\.url: Data URLs cannot be clipped/],
  ['a link with a password', set('clips.0.url', 'https://me:secret@example.com/'), /^clips\[0\]\.url: .*user name or password/],
  ['a link without a scheme', set('clips.0.url', 'example.com/page'), /^clips\[0\]\.url: This is not a complete web address/],
  ['a space in the host', set('clips.0.url', 'https://exa mple.com/'), /^clips\[0\]\.url: This is not a complete web address/],
  ['a 20,000-character link', set('clips.0.url', `https://example.com/?q=${'a'.repeat(20_000)}`), /^clips\[0\]\.url: Too big: expected string to have <=16384 characters/],
  ['a 3 MB comment', set('clips.0.comment', 'x'.repeat(3_000_000)), /^clips\[0\]\.comment: Too big/],
  ['a title of the wrong type', set('clips.0.pageTitle', 42), /^clips\[0\]\.pageTitle: Invalid input: expected string, received number/],
  ['a fractional position', set('clips.0.order', 1.5), /^clips\[0\]\.order: Invalid input: expected int/],
  ['a missing creation time', unset('clips.0.createdAt'), /^clips\[0\]\.createdAt: missing \(expected string\)$/],
  ['a bad trash time', set('clips.0.deletedAt', 'soon'), /^clips\[0\]\.deletedAt: Invalid ISO datetime/],
  ['duplicate clip ids', push('clips', makeClip({ id: 'clip-1', url: 'https://other.example/' })), /^duplicate clip id "clip-1"$/],
  ['duplicate category ids', push('categories', { id: 'tools', emoji: '', name: 'Again', order: 9 }), /^duplicate category id "tools"$/],
  ['a clip in a missing category', set('clips.0.categoryId', 'gone'), /^clips\[0\]\.categoryId: no category "gone" in the file$/],
  ['a clip of a missing issue', set('clips.0.issueId', 'gone'), /^clips\[0\]\.issueId: no issue "gone" in the file$/],
  ['a category id that is a prototype member', set('categories.0.id', 'constructor'), /^categories\[0\]\.id: this id is a reserved name/],
  ['section text under a prototype member', set('issues.0.sectionText', { toString: 'x' }), /^issues\[0\]\.sectionText\.toString: bad key, this id is a reserved name/],
  ['a setting named like a prototype member', set('settings', { hasOwnProperty: 'x' }), /^settings\.hasOwnProperty: not a setting name/],
  ['a malformed style name in the settings', set('settings', { style: 'Fancy Style' }), /^settings\.style: /],
  ['an unknown style in the settings', set('settings', { style: 'fancy' }), /^settings\.style: no style "fancy" built in or in the file$/],
  ['an issue in an unknown style', set('issues.0.style', 'fancy'), /^issues\[0\]\.style: no style "fancy" built in or in the file$/],
  ['an impossible issue date', set('issues.0.date', '2024-13-45'), /^issues\[0\]\.date: /],
  ['an id with a control character', set('clips.0.id', 'clip\u0000one'), /^clips\[0\]\.id: ids may not contain control characters/],
  ['two drafts for one page', set('drafts', [draft, { ...draft }]), /^duplicate draft url "https:\/\/a\.example\/"$/],
];
