// Small real files for tests, built here so the repository carries no binary fixtures.
import { deflateSync } from 'node:zlib';
import { pngChunk, zipBytes } from '../../seed/sample-files.js';

export { pngOfSize, zipBytes } from '../../seed/sample-files.js';

export function pdfBytes(extraBytes = 0): Buffer {
  const head =
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' + '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' + 'trailer << /Root 1 0 R >>\n';
  // padding goes inside a comment-free stream-like tail so the header stays first
  return Buffer.concat([Buffer.from(head), Buffer.alloc(extraBytes, 0x20), Buffer.from('\n%%EOF\n')]);
}

export function docxBytes(): Buffer {
  return zipBytes({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'word/document.xml': '<w:document/>',
  });
}

/** A baseline JPEG header (SOI, APP0, SOF0 with the size, EOI): enough for sniffing and size reading. */
export function jpegOfSize(width: number, height: number): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0'),
    Buffer.alloc(9),
    sof,
    Buffer.alloc(64),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A valid 1×1 RGB PNG. */
export function pngBytes(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export function jpegBytes(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64), Buffer.from([0xff, 0xd9])]);
}

/** An ISO base media file that starts with an `ftyp` box of brand isom. */
export function mp4Bytes(): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isommp41')]);
  const free = Buffer.concat([Buffer.from([0, 0, 0, 0x08]), Buffer.from('free')]);
  return Buffer.concat([ftyp, free, Buffer.alloc(64)]);
}

/** The header of an OLE compound file, the container of .doc/.xls/.ppt. */
export function cfbBytes(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  return Buffer.concat([header, Buffer.alloc(512)]);
}

export function sevenZipBytes(): Buffer {
  return Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04]), Buffer.alloc(56)]);
}

export function gifBytes(): Buffer {
  return Buffer.concat([Buffer.from('GIF89a'), Buffer.from([1, 0, 1, 0, 0, 0, 0]), Buffer.from(';')]);
}

export function bmpBytes(): Buffer {
  const b = Buffer.alloc(64);
  b.write('BM', 0, 'ascii');
  b.writeUInt32LE(64, 2);
  b.writeUInt32LE(54, 10);
  b.writeUInt32LE(40, 14);
  return b;
}

export function textBytes(): Buffer {
  return Buffer.from('This is plain text, whatever its name says.\n');
}

/**
 * A multipart/form-data body for app.inject: fields first, in the order given, then the file.
 * Built by hand so the tests control part order and the raw UTF-8 file name.
 */
export function multipartBody(
  fields: Record<string, string>,
  file: { name: string; type?: string; data: Buffer } | null,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----cloudmart${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
