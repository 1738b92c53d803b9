/**
 * FNV-1a, 32 bits, over UTF-16 code units, from a seed, as 8 hex digits. Two runs with
 * different seeds name a text without a clash in practice: a checksum and an id, not a
 * defence against anyone.
 */
export function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
