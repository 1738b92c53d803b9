import type { HouseStyle } from '../style/schema';

/**
 * Links a digest writes that are never items, as its style names them: sections whose
 * links are text (a list of new contributors), and addresses that are text wherever they
 * stand (a person's or a team's profile page), `*` standing for one path segment.
 */
export class PlainLinks {
  private readonly sections: Set<string>;
  private readonly links: string[][];

  constructor(style: HouseStyle) {
    this.sections = new Set((style.plain?.sections ?? []).map(key));
    this.links = (style.plain?.links ?? []).map(segments);
  }

  section(name: string): boolean {
    return this.sections.has(key(name));
  }

  link(url: string): boolean {
    if (this.links.length === 0) return false;
    const parts = segments(url);
    return this.links.some(
      (pattern) =>
        pattern.length === parts.length &&
        pattern.every((part, i) => (part === '*' ? parts[i] !== '' : part === parts[i])),
    );
  }
}

const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** An address split at its slashes, without its query, fragment and closing slashes. */
const segments = (url: string) =>
  url
    .trim()
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase()
    .split('/');
