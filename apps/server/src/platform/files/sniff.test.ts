import { describe, expect, it } from 'vitest';
import { sniffType } from './sniff.js';
import { bmpBytes, cfbBytes, docxBytes, gifBytes, jpegBytes, mp4Bytes, pdfBytes, pngBytes, sevenZipBytes, textBytes, zipBytes } from '../../test/kits/files.js';

describe('sniffType', () => {
  it.each([
    ['a PDF', pdfBytes(), 'pdf', 'application/pdf'],
    ['a ZIP', zipBytes({ 'scan.txt': 'ok' }), 'zip', 'application/zip'],
    ['a DOCX (a ZIP with Office content types)', docxBytes(), 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['a PNG', pngBytes(), 'png', 'image/png'],
    ['a JPEG', jpegBytes(), 'jpg', 'image/jpeg'],
    ['an MP4', mp4Bytes(), 'mp4', 'video/mp4'],
    ['a 7z archive', sevenZipBytes(), '7z', 'application/x-7z-compressed'],
    ['a GIF', gifBytes(), 'gif', 'image/gif'],
    ['a BMP', bmpBytes(), 'bmp', 'image/bmp'],
  ])('recognises %s by its content, whatever its name', async (_what, bytes, ext, mime) => {
    expect(await sniffType(bytes, 'misleading-name.txt')).toEqual({ ext, mime });
  });

  it('recognises nothing in a text file that is named .pdf', async () => {
    expect(await sniffType(textBytes(), 'x.pdf')).toBeNull();
  });

  it('recognises nothing in an empty file', async () => {
    expect(await sniffType(new Uint8Array(0), 'empty.pdf')).toBeNull();
  });

  it.each([
    ['report.DOC', 'doc', 'application/msword'],
    ['sheet.xls', 'xls', 'application/vnd.ms-excel'],
    ['slides.ppt', 'ppt', 'application/vnd.ms-powerpoint'],
  ])('takes the legacy Office format of an OLE compound file from its name (%s)', async (name, ext, mime) => {
    expect(await sniffType(cfbBytes(), name)).toEqual({ ext, mime });
  });

  it('leaves an OLE compound file with any other name an unnamed cfb', async () => {
    expect(await sniffType(cfbBytes(), 'mail.msg')).toEqual({ ext: 'cfb', mime: 'application/x-cfb' });
    expect(await sniffType(cfbBytes(), 'disguised.pdf')).toEqual({ ext: 'cfb', mime: 'application/x-cfb' });
  });

  it('does not let a .doc name turn a non-OLE file into a Word document', async () => {
    expect(await sniffType(textBytes(), 'fake.doc')).toBeNull();
    expect((await sniffType(pngBytes(), 'fake.doc'))?.ext).toBe('png');
  });
});
