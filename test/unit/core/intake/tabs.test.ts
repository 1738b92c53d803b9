import { describe, expect, it } from 'vitest';
import { candidatesFromTabs } from '../../../../src/core/intake/tabs';

describe('candidatesFromTabs', () => {
  it("takes a window's web pages with their titles, each once, and counts tabs it could not read", () => {
    const reading = candidatesFromTabs(
      [
        { url: 'https://a.example/1', title: 'One\u202e' },
        { url: 'chrome://settings/', title: 'Settings' },
        { url: 'https://a.example/1#again', title: 'One again' },
        { url: 'file:///home/me/notes.txt', title: 'notes' },
        { title: 'a tab the extension may not read' },
        { url: 'http://b.example/', title: '' },
      ],
      'window',
    );
    expect(reading).toEqual({
      candidates: [
        { url: 'https://a.example/1', title: 'One', source: 'tab', via: 'window' },
        { url: 'http://b.example/', source: 'tab', via: 'window' },
      ],
      unreadable: 1,
    });
  });
});
