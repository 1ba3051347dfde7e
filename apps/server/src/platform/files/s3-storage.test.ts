import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3, type TestS3 } from '../../test/kits/s3rver.js';
import { s3Storage } from './s3-storage.js';
import { localStorage, type FileStorage } from './storage.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
  return Buffer.concat(chunks);
}

/** A body of unknown length, in uneven chunks, the way an upload or a CSV export arrives. */
function streamOf(data: Buffer, chunk = 64 * 1024 + 7): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < data.length; at += chunk) yield data.subarray(at, at + chunk);
    })(),
  );
}

/** A body that sends some bytes and then fails, like an upload refused half-way. */
function failingAfter(bytes: number, err: Error): Readable {
  return Readable.from(
    (async function* () {
      for (let sent = 0; sent < bytes; sent += 256 * 1024) yield randomBytes(256 * 1024);
      throw err;
    })(),
  );
}

interface Driver {
  storage: FileStorage;
  stop(): Promise<void>;
}

/** What every FileStorage driver promises its callers (files, downloads, the file-removal outbox handler). */
function fileStorageContract(name: string, start: () => Promise<Driver>) {
  describe(`FileStorage contract: ${name}`, () => {
    let d: Driver;
    beforeAll(async () => {
      d = await start();
    });
    afterAll(() => d.stop());

    it('answers the byte count from put and streams the same bytes back from get', async () => {
      const data = randomBytes(300_000);
      expect(await d.storage.put('architecture/fil_one', streamOf(data))).toBe(data.length);
      expect(sha(await bytesOf(await d.storage.get('architecture/fil_one')))).toBe(sha(data));
    });

    it('stores an empty body as zero bytes', async () => {
      expect(await d.storage.put('image/fil_empty', Readable.from([]))).toBe(0);
      expect((await bytesOf(await d.storage.get('image/fil_empty'))).length).toBe(0);
    });

    it('keeps a 12 MB body of unknown length byte for byte (several S3 parts)', async () => {
      const data = randomBytes(12 * 1024 * 1024 + 123);
      expect(await d.storage.put('downloads/dl_big-tok123', streamOf(data))).toBe(data.length);
      const back = await bytesOf(await d.storage.get('downloads/dl_big-tok123'));
      expect(back.length).toBe(data.length);
      expect(sha(back)).toBe(sha(data));
    });

    it('replaces the bytes when a key is written again', async () => {
      await d.storage.put('contract/fil_twice', streamOf(Buffer.from('first version')));
      await d.storage.put('contract/fil_twice', streamOf(Buffer.from('second')));
      expect((await bytesOf(await d.storage.get('contract/fil_twice'))).toString()).toBe('second');
    });

    it('removes a key, after which get rejects; removing a missing key resolves', async () => {
      await d.storage.put('architecture/fil_gone', streamOf(Buffer.from('bytes')));
      await d.storage.remove('architecture/fil_gone');
      await expect(d.storage.get('architecture/fil_gone')).rejects.toThrow();
      await expect(d.storage.remove('architecture/fil_gone')).resolves.toBeUndefined();
      await expect(d.storage.remove('architecture/fil_never_there')).resolves.toBeUndefined();
    });

    it('rejects get of a key that was never written', async () => {
      await expect(d.storage.get('downloads/dl_missing-abc')).rejects.toThrow();
    });

    it('rejects put with the body’s own error when the body fails, small or past a part', async () => {
      const small = new Error('refused after 256 KB');
      await expect(d.storage.put('architecture/fil_cut_small', failingAfter(256 * 1024, small))).rejects.toBe(small);
      const large = new Error('refused after 6 MB');
      await expect(d.storage.put('architecture/fil_cut_large', failingAfter(6 * 1024 * 1024, large))).rejects.toBe(large);
    });

    it('refuses keys that escape to another place', async () => {
      for (const key of ['../escape', 'a/../../b']) await expect(d.storage.put(key, streamOf(Buffer.from('x')))).rejects.toThrow();
    });
  });
}

fileStorageContract('local', async () => {
  const root = await mkdtemp(join(tmpdir(), 'cm-files-'));
  return { storage: localStorage(root), stop: () => rm(root, { recursive: true, force: true }) };
});

fileStorageContract('s3 (s3rver)', async () => {
  const s3 = await startS3();
  return { storage: s3Storage(s3.options), stop: () => s3.stop() };
});

describe('s3 driver against s3rver', () => {
  let other: TestS3;
  beforeAll(async () => {
    other = await startS3('cloudmart-own');
  });
  afterAll(() => other.stop());

  it('stores objects under the exact key, nothing for a body that failed, and nothing once removed', async () => {
    const storage = s3Storage(other.options);
    await storage.put('architecture/fil_a', streamOf(Buffer.from('a')));
    await storage.put('downloads/dl_b-tok', streamOf(randomBytes(6 * 1024 * 1024)));
    await expect(storage.put('architecture/fil_cut', failingAfter(6 * 1024 * 1024, new Error('cut')))).rejects.toThrow('cut');
    await expect(storage.put('architecture/fil_cut_small', failingAfter(1024, new Error('cut')))).rejects.toThrow('cut');
    expect(await other.keys()).toEqual(['architecture/fil_a', 'downloads/dl_b-tok']);
    await storage.remove('architecture/fil_a');
    await storage.remove('downloads/dl_b-tok');
    expect(await other.keys()).toEqual([]);
  });

  it('rejects every call when the bucket does not exist, so a misconfiguration is not silent', async () => {
    const storage = s3Storage({ ...other.options, bucket: 'no-such-bucket' });
    await expect(storage.put('image/fil_x', streamOf(Buffer.from('x')))).rejects.toThrow();
    await expect(storage.get('image/fil_x')).rejects.toThrow();
  });
});
