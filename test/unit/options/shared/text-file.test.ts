import { describe, expect, it } from 'vitest';
import { utf8Text } from '../../../../src/options/shared/text-file';

describe('a file opened in the workspace', () => {
  it('is its UTF-8 text, with its byte order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('# 週刊\n')]);
    expect(await utf8Text(new Blob([bytes]))).toBe('\uFEFF# 週刊\n');
  });

  // Blob.text() would have made it "# caf\uFFFD" without a word.
  it('is null when it is not UTF-8', async () => {
    expect(
      await utf8Text(new Blob([new Uint8Array([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9])])),
    ).toBeNull();
    expect(await new Blob([new Uint8Array([0x63, 0x61, 0x66, 0xe9])]).text()).toBe('caf\uFFFD');
  });
});
