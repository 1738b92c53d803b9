import fc from 'fast-check';

/**
 * Generated editions in two built-in styles: This Week in Rust (tight `* [title](url)`
 * bullets under `###` sections) and Productivity Weekly (loose `## title` + URL + comment
 * items under `#` sections). Every item has a link of its own, so items are told apart.
 */

export interface Item {
  title: string;
  url: string;
}
export interface Edition {
  sections: { name: string; items: Item[] }[];
}
export type Shape = 'twir' | 'pw';

const SECTIONS = ['Official', 'Newsletters', 'Project Updates', 'Research', 'Miscellaneous'];
const word = fc.constantFrom('Rust', 'async', 'release', 'notes', 'faster', 'tools', 'GC', 'v2');
export const title = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

let serial = 0;
/** An item with a link no other generated item has. */
export const item = (prefix: string) =>
  title.map((t) => ({ title: t, url: `https://example.com/${prefix}/${serial++}` }));

export const edition = (prefix: string): fc.Arbitrary<Edition> =>
  fc.tuple(...SECTIONS.map(() => fc.array(item(prefix), { maxLength: 4 }))).map((lists) => ({
    sections: lists.map((items, i) => ({ name: SECTIONS[i] as string, items })),
  }));

export function render(edition: Edition, shape: Shape): string {
  if (shape === 'twir') {
    const head =
      'Title: This Week in Rust 500\nNumber: 500\nDate: 2024-01-01\nCategory: This Week in Rust\n\nHello and welcome.\n\n## Updates from Rust Community\n';
    const body = edition.sections.map(
      (s) => `\n### ${s.name}\n${s.items.map((i) => `* [${i.title}](${i.url})\n`).join('')}`,
    );
    return `${head}${body.join('')}\n## Quote of the Week\n\nNone.\n`;
  }
  const head =
    '---\ntitle: "Productivity Weekly (2024-01-01号)"\nemoji: "🪑"\ntype: "idea"\ntopics: ["ProductivityWeekly", "生産性向上"]\npublished: true\n---\n\nこんにちは。\n';
  const body = edition.sections.map(
    (s) =>
      `\n# ${s.name}\n${s.items.map((i) => `\n## ${i.title}\n${i.url}\n\n${i.title} is worth a read.\n`).join('')}`,
  );
  return `${head}${body.join('')}\n# あとがき\nまた来週。\n`;
}

/** The links of a merged text, in order. */
export const linksOf = (text: string) =>
  [...text.matchAll(/https:\/\/example\.com\/[^\s)]+/g)].map((m) => m[0]);

/** The edition with items added at random places (index into the flattened sections). */
export function withAdded(
  edition: Edition,
  added: { at: number; section: number; item: Item }[],
): Edition {
  const sections = edition.sections.map((s) => ({ ...s, items: [...s.items] }));
  for (const { at, section, item } of added) {
    const target = sections[section % sections.length] as Edition['sections'][number];
    target.items.splice(at % (target.items.length + 1), 0, item);
  }
  return { sections };
}
