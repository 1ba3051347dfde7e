import { filePurposes, type FilePurpose } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { exceedsLimit, isFilePurpose, judgeUpload, largestAllowedBytes, purposeRules, ruleFor } from './rules.js';

const MB = 1024 * 1024;

// The table the product asks for, restated independently of rules.ts.
const expected: Record<FilePurpose, { accepts: string[]; maxMb: number }> = {
  architecture: { accepts: ['pdf'], maxMb: 20 },
  scan_archive: { accepts: ['zip'], maxMb: 50 },
  image: { accepts: ['png', 'jpg', 'gif', 'webp'], maxMb: 5 },
  video: { accepts: ['mp4'], maxMb: 50 },
  contract: { accepts: ['doc', 'docx', 'xlsx', 'ppt', 'pptx', 'pdf', 'png', 'zip', '7z'], maxMb: 5 },
  avatar: { accepts: ['bmp', 'jpg', 'png', 'tif'], maxMb: 2 },
  document: { accepts: ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'png', 'jpg', 'zip'], maxMb: 20 },
  delivery: { accepts: ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'png', 'jpg', 'gif', 'webp', 'zip', '7z'], maxMb: 20 },
  delivery_contract: { accepts: ['doc', 'docx', 'xlsx', 'ppt', 'pptx', 'pdf', 'png', 'zip', '7z'], maxMb: 5 },
  proposal_contract: { accepts: ['pdf'], maxMb: 5 },
  hosting_report: { accepts: ['pdf'], maxMb: 20 },
  live_cover: { accepts: ['png', 'jpg'], maxMb: 2 },
  live_recording: { accepts: ['mp4'], maxMb: 200 },
};
// every type sniffing can answer for the formats above, plus some nobody accepts
const sniffable = [
  'pdf',
  'zip',
  'png',
  'jpg',
  'gif',
  'webp',
  'mp4',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  '7z',
  'bmp',
  'tif',
  'cfb',
  'exe',
  'html',
  'mov',
];

describe('upload rules', () => {
  it('has a rule for every purpose the contracts name', () => {
    expect(purposeRules.map((r) => r.purpose)).toEqual([...filePurposes]);
  });

  it.each(filePurposes)('%s accepts exactly its listed types up to its limit', (purpose) => {
    const want = expected[purpose];
    for (const ext of sniffable) {
      expect(judgeUpload(purpose, ext, 1).ok, `${purpose} ${ext}`).toBe(want.accepts.includes(ext));
    }
    expect(ruleFor(purpose).maxBytes).toBe(want.maxMb * MB);
  });

  it.each(filePurposes)('%s allows a file of exactly its limit and refuses one byte more', (purpose) => {
    const max = ruleFor(purpose).maxBytes;
    const ext = expected[purpose].accepts[0] ?? '';
    expect(judgeUpload(purpose, ext, max)).toEqual({ ok: true });
    expect(judgeUpload(purpose, ext, max + 1)).toMatchObject({ ok: false, code: 'file_too_large' });
    expect(exceedsLimit(purpose, max)).toBe(false);
    expect(exceedsLimit(purpose, max + 1)).toBe(true);
  });

  it('refuses an unrecognised type', () => {
    expect(judgeUpload('document', null, 10)).toMatchObject({ ok: false, code: 'file_type_not_allowed' });
  });

  it('judges size before type: an oversized file of the wrong type is "too large"', () => {
    expect(judgeUpload('avatar', 'pdf', 3 * MB)).toMatchObject({ code: 'file_too_large' });
  });

  it('lists both spellings people use for JPEG and TIFF, for the file picker', () => {
    expect(ruleFor('avatar').extensions).toEqual(expect.arrayContaining(['jpg', 'jpeg', 'tif', 'tiff']));
    expect(ruleFor('image').extensions).toEqual(expect.arrayContaining(['jpg', 'jpeg']));
  });

  it('knows its purposes and nothing else', () => {
    expect(isFilePurpose('architecture')).toBe(true);
    expect(isFilePurpose('toString')).toBe(false);
    expect(isFilePurpose('')).toBe(false);
  });

  it('never asks for more than the 200 MB the multipart parser lets through', () => {
    expect(largestAllowedBytes).toBe(200 * MB); // live_recording
  });
});
