import { describe, expect, it } from 'vitest';
import { chunkAt, markdownChunks } from '../../../../src/options/draft/markdown-chunks';

describe('the preview’s pieces', () => {
  it('join to the Markdown exactly, start at every heading and hold at most 40 lines', () => {
    const long = Array.from({ length: 95 }, (_, i) => `line ${i}`).join('\n');
    const samples = [
      '',
      'no newline at the end',
      '# Title\n\n## Section\n\n### Item\n\ntext\n',
      `# Title\r\n\r\n${long}\r\n### After\r\n`,
      `intro\n${long}\n## Section\n`,
    ];
    for (const markdown of samples) {
      const chunks = markdownChunks(markdown);
      expect(chunks.map((c) => c.text).join('')).toBe(markdown);
      const lines = markdown.split(/(?<=\n)/);
      for (const [i, text] of lines.entries()) {
        const chunk = chunkAt(chunks, i);
        if (/^#{1,6} /.test(text)) expect(chunk?.line).toBe(i);
      }
      for (const chunk of chunks) expect(chunk.lines).toBeLessThanOrEqual(40);
    }
  });
});
