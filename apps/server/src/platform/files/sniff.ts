import { fileTypeFromBuffer } from 'file-type';

/**
 * How many leading bytes to buffer before deciding. file-type needs 4100 for most
 * formats; Office Open XML (docx/xlsx/pptx) is a ZIP whose `[Content_Types].xml` entry
 * must be inflated to tell the three apart, so we give it more room than the minimum.
 */
export const SNIFF_BYTES = 64 * 1024;

export interface SniffedType {
  /** file-type's extension for the content (jpg, tif, docx…; doc/xls/ppt for OLE files) */
  ext: string;
  mime: string;
}

/** Legacy Office formats share one container (OLE compound file), indistinguishable by magic bytes. */
const oleOffice: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 || dot === fileName.length - 1 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * What the content is, from its first bytes; null when nothing is recognised (plain
 * text, truncated or empty files). The client's MIME type and file name are never
 * asked — with one exception: an OLE compound file is a .doc, .xls or .ppt only as far
 * as its name says so, since the container is the same for all three (and for others,
 * such as .msg); any other name leaves it an unnamed `cfb` that no purpose accepts.
 */
export async function sniffType(head: Uint8Array, fileName: string): Promise<SniffedType | null> {
  if (head.length === 0) return null;
  const found = await fileTypeFromBuffer(head);
  if (!found) return null;
  if (found.ext === 'cfb') {
    const ext = extensionOf(fileName);
    const mime = oleOffice[ext];
    return mime ? { ext, mime } : { ext: 'cfb', mime: found.mime };
  }
  return { ext: found.ext, mime: found.mime };
}
