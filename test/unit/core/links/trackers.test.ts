import { describe, expect, it } from 'vitest';
import { isTracker, stripTrackers, trackingParams } from '../../../../src/core/links/trackers';

describe('the tracking list', () => {
  it.each([
    ['utm_source', 'example.com'],
    ['UTM_Campaign', 'example.com'],
    ['utm_social-type', 'example.com'],
    ['mtm_campaign', 'example.com'],
    ['fbclid', 'example.com'],
    ['gclid', 'example.com'],
    ['mc_cid', 'example.com'],
    ['mc_eid', 'example.com'],
    ['ref_src', 'twitter.com'],
    ['si', 'youtube.com'],
    ['si', 'm.youtube.com'],
    ['si', 'youtu.be'],
    ['si', 'open.spotify.com'],
    ['s', 'x.com'],
  ])('%s on %s is a tracker', (name, host) => {
    expect(isTracker(name, host)).toBe(true);
  });

  it.each([
    ['si', 'example.com'],
    ['t', 'youtube.com'],
    ['v', 'youtube.com'],
    ['ref', 'github.com'],
    ['s', 'example.com'],
    ['source', 'news.example.com'],
    ['utm', 'example.com'],
    ['si', 'notyoutube.com'],
  ])('%s on %s is not', (name, host) => {
    expect(isTracker(name, host)).toBe(false);
  });
});

describe('stripTrackers', () => {
  it('removes only the trackers and leaves every other byte of the address', () => {
    expect(
      stripTrackers('https://www.Example.com/a%7eb/?q=a+b&utm_source=x&z=%7E&fbclid=1#part'),
    ).toBe('https://www.example.com/a%7eb/?q=a+b&z=%7E#part');
    expect(stripTrackers('https://youtu.be/q8irLfXwaFM?si=Ab12&t=42')).toBe(
      'https://youtu.be/q8irLfXwaFM?t=42',
    );
    expect(stripTrackers('https://example.com/p?utm_source=x')).toBe('https://example.com/p');
  });

  it('gives back an address without trackers exactly as it came', () => {
    for (const url of [
      'https://example.com/search?s=rust&page=2',
      'HTTP://Example.com/a?b=1',
      'not a url?utm_source=x',
      'https://example.com/a?%zz=1',
    ]) {
      expect(stripTrackers(url)).toBe(url);
    }
  });

  it('removes a style’s own forbidden parameters too, whatever their case', () => {
    expect(stripTrackers('https://example.com/a?ref=hn&x=1', ['REF'])).toBe(
      'https://example.com/a?x=1',
    );
  });

  it('lists the trackers of an address once each, in order', () => {
    expect(
      trackingParams('https://a.example/?UTM_Source=x&q=1&utm_source=y&FBCLID=z&fbclid=w'),
    ).toEqual(['UTM_Source', 'utm_source', 'FBCLID', 'fbclid']);
  });
});
