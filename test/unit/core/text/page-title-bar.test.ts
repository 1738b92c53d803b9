import { describe, expect, it } from 'vitest';
import { suggestHeading } from '../../../../src/core/text/page-title';

// A local test page's host names no site, so only the separator tells the site's name.
const LOCAL = 'http://127.0.0.1:8080/post';

describe('the site name after a final bar goes, whatever the host', () => {
  it('drops one trailing part set apart by a bar', () => {
    expect(
      suggestHeading('Making SLOs stick: error budgets in practice | Example Blog', LOCAL),
    ).toBe('Making SLOs stick: error budgets in practice');
    expect(suggestHeading('Kubernetes 入門 🚀 & "quotes" | Example Blog', LOCAL)).toBe(
      'Kubernetes 入門 🚀 & "quotes"',
    );
    expect(suggestHeading('TypeScript で型安全なルーティングを作る｜株式会社サンプル', LOCAL)).toBe(
      'TypeScript で型安全なルーティングを作る',
    );
  });

  it('takes only the last part after a bar, and not code, brackets or a sentence', () => {
    expect(suggestHeading('Part one | Part two | Site', LOCAL)).toBe('Part one | Part two');
    expect(suggestHeading('Add `create | show | list` commands', LOCAL)).toBe(
      'Add `create | show | list` commands',
    );
    expect(
      suggestHeading('Why we moved | and what we learned on the way back home again', LOCAL),
    ).toBe('Why we moved | and what we learned on the way back home again');
  });

  it('keeps a dash whose last part does not name the host: it is as often the title', () => {
    expect(suggestHeading('HexoSynth 2022 - Devlog #6 - Workflow and Oscilloscope', LOCAL)).toBe(
      'HexoSynth 2022 - Devlog #6 - Workflow and Oscilloscope',
    );
    expect(suggestHeading('A plain page - Site Name', LOCAL)).toBe('A plain page - Site Name');
  });

  it('keeps a title too short to stand alone without its site', () => {
    expect(suggestHeading('Home | Example Blog', LOCAL)).toBe('Home | Example Blog');
  });
});
