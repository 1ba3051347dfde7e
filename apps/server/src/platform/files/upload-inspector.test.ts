import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { ruleFor } from './rules.js';
import { UploadInspector } from './upload-inspector.js';
import { pdfBytes, textBytes } from '../../test/kits/files.js';

const CHUNK = 64 * 1024;

/** A source of `total` bytes starting with `head`, that records how much was pulled from it. */
function source(head: Buffer, total: number): { stream: Readable; pulled: () => number } {
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const n = Math.min(CHUNK, total - sent);
      const chunk = Buffer.alloc(n, 0x20);
      if (sent < head.length) head.copy(chunk, 0, sent, Math.min(head.length, sent + n));
      sent += n;
      this.push(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

function sink(): { stream: Writable; received: () => Buffer } {
  const chunks: Buffer[] = [];
  return {
    stream: new Writable({
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk);
        done();
      },
    }),
    received: () => Buffer.concat(chunks),
  };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    return err instanceof DomainError ? err.code : String(err);
  }
}

describe('UploadInspector', () => {
  it('passes an allowed file through unchanged, counting and hashing it', async () => {
    const bytes = pdfBytes(200_000);
    const inspector = new UploadInspector('architecture', 'a.pdf');
    const out = sink();
    await pipeline(Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]), inspector, out.stream);
    expect(out.received().equals(bytes)).toBe(true);
    expect(inspector.bytes).toBe(bytes.length);
    expect(inspector.sha256()).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(inspector.type).toEqual({ ext: 'pdf', mime: 'application/pdf' });
  });

  it('judges a file smaller than the sniff window when it ends', async () => {
    const inspector = new UploadInspector('architecture', 'tiny.pdf');
    const out = sink();
    await pipeline(Readable.from([pdfBytes()]), inspector, out.stream);
    expect(out.received().equals(pdfBytes())).toBe(true);
  });

  it('refuses a wrong type before a single byte reaches storage', async () => {
    const out = sink();
    const code = await codeOf(pipeline(Readable.from([textBytes(), Buffer.alloc(100_000, 0x41)]), new UploadInspector('architecture', 'x.pdf'), out.stream));
    expect(code).toBe('file_type_not_allowed');
    expect(out.received().length).toBe(0);
  });

  it('refuses an empty file as an unrecognised type', async () => {
    const code = await codeOf(pipeline(Readable.from([]), new UploadInspector('document', 'empty.pdf'), sink().stream));
    expect(code).toBe('file_type_not_allowed');
  });

  it('stops reading as soon as the purpose limit is passed', async () => {
    const limit = ruleFor('architecture').maxBytes;
    const src = source(pdfBytes(), 200 * 1024 * 1024);
    const out = sink();
    const code = await codeOf(pipeline(src.stream, new UploadInspector('architecture', 'big.pdf'), out.stream));
    expect(code).toBe('file_too_large');
    expect(out.received().length).toBeLessThanOrEqual(limit);
    // a little read-ahead is fine; reading the whole 200 MB is not
    expect(src.pulled()).toBeLessThan(limit + 1024 * 1024);
  });
});
