/**
 * A file opened in the workspace, as text. `File.text()` puts U+FFFD where the bytes are
 * not UTF-8, silently, and drops a byte order mark; this reads the bytes strictly, so a
 * file in another encoding is named instead of imported garbled, and the mark stays for
 * the Markdown written back. Null when the file is not UTF-8.
 */
export async function utf8Text(file: Blob): Promise<string | null> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
