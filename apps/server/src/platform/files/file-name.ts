import { extensionOf, type SniffedType } from './sniff.js';

const MAX_NAME = 200;

/** Names that mean the same type; the stored name keeps the one the uploader used. */
const aliases: Record<string, readonly string[]> = {
  jpg: ['jpg', 'jpeg'],
  tif: ['tif', 'tiff'],
};

/**
 * The name a file is stored and offered for download under: the uploader's name without
 * any path or control characters, and with an extension that matches the content. A PDF
 * uploaded as `report.html` is kept as `report.html.pdf`, so a browser or desktop that
 * trusts the extension opens it as what it is.
 */
export function storedFileName(clientName: string | undefined, type: SniffedType): string {
  const base = (clientName ?? '').split(/[\\/]/).pop() ?? '';
  let name = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c !== '\u007f' && c !== '"')
    .join('')
    .trim()
    .replace(/^\.+/, '');
  if (!name) name = 'file';
  const ext = extensionOf(name);
  const accepted = aliases[type.ext] ?? [type.ext];
  if (!accepted.includes(ext)) name = `${name}.${type.ext}`;
  if (name.length > MAX_NAME) {
    const suffix = `.${extensionOf(name)}`;
    name = name.slice(0, MAX_NAME - suffix.length) + suffix;
  }
  return name;
}

/** RFC 5987 `ext-value` percent-encoding (encodeURIComponent leaves a few that must go). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment` with an ASCII fallback for old clients and the exact UTF-8 name for the
 * rest (RFC 6266 / 5987): Chinese names arrive intact in every current browser.
 */
export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'file';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
