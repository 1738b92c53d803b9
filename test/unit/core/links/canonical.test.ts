import { describe, expect, it } from 'vitest';
import { captureUrl } from '../../../../src/core/links/canonical';

describe('captureUrl: the address a clip keeps', () => {
  it('takes the canonical address of the same site and drops trackers', () => {
    expect(
      captureUrl('https://example.com/p/123?utm_source=newsletter&utm_medium=email', [
        'https://example.com/posts/async-rust',
      ]),
    ).toEqual({
      url: 'https://example.com/posts/async-rust',
      canonical: true,
      removed: ['utm_source', 'utm_medium'],
    });
  });

  it('takes og:url when there is no canonical link, and www. counts as the same site', () => {
    expect(
      captureUrl('https://m.example.com/a?fbclid=1', ['', 'https://www.example.com/a']),
    ).toEqual({
      url: 'https://www.example.com/a',
      canonical: true,
      removed: ['fbclid'],
    });
  });

  it('refuses a canonical address on another site, or the front page for an inner page', () => {
    expect(
      captureUrl('https://blog.example.com/post?utm_id=1', ['https://evil.example.net/post']),
    ).toEqual({
      url: 'https://blog.example.com/post',
      canonical: false,
      removed: ['utm_id'],
    });
    expect(
      captureUrl('https://alice.github.io/post', ['https://bob.github.io/post']),
    ).toMatchObject({
      url: 'https://alice.github.io/post',
      canonical: false,
    });
    expect(captureUrl('https://example.com/post', ['https://example.com/'])).toEqual({
      url: 'https://example.com/post',
      canonical: false,
      removed: [],
    });
    expect(captureUrl('https://example.com/', ['https://example.com/'])).toMatchObject({
      canonical: false,
    });
  });

  it('keeps the tab address untouched when nothing is to change', () => {
    const url = 'https://www.youtube.com/watch?v=q8irLfXwaFM&t=42';
    expect(captureUrl(url, [url])).toEqual({ url, canonical: false, removed: [] });
    expect(captureUrl('https://example.com/a#part', ['https://example.com/a'])).toEqual({
      url: 'https://example.com/a#part',
      canonical: false,
      removed: [],
    });
    expect(captureUrl('about:blank', ['https://example.com/'])).toEqual({
      url: 'about:blank',
      canonical: false,
      removed: [],
    });
  });

  it('removes YouTube’s si share id but keeps the video and its time', () => {
    expect(captureUrl('https://youtu.be/q8irLfXwaFM?si=Ab12&t=42', [])).toEqual({
      url: 'https://youtu.be/q8irLfXwaFM?t=42',
      canonical: false,
      removed: ['si'],
    });
  });
});
