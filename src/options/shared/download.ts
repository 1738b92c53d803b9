/**
 * Saves text as a file through an `<a download>` on a Blob URL: no `downloads`
 * permission needed, and the browser's own download UI and folder apply.
 */
export function downloadText(text: string, filename: string, type = 'text/markdown'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: revoking while the download starts can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Copies text; when the clipboard API refuses (no focus, no permission), falls back to
 * `execCommand('copy')` on a temporary selection. Resolves to whether it worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}
