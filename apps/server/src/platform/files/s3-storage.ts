import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { pipeline, Readable, Transform } from 'node:stream';
import type { FileStorage } from './storage.js';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** an S3-protocol server other than AWS (MinIO, Ceph, a cloud's OSS, s3rver in tests) */
  endpoint?: string | undefined;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`; most non-AWS servers need it */
  forcePathStyle: boolean;
}

// S3's smallest multipart part. An upload is streamed one part at a time (a body shorter than a
// part goes up as one PutObject), so memory per upload stays near PART_BYTES × PARTS_IN_FLIGHT
// whatever the file's size; the length is never needed up front.
const PART_BYTES = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

/**
 * File bytes in an S3 bucket. Same contract as the local driver: `put` answers the byte count,
 * `get` of a missing key rejects (callers log it and answer not-found), `remove` of a missing
 * key resolves.
 */
export function s3Storage(opts: S3StorageOptions): FileStorage {
  const client = new S3Client({
    region: opts.region,
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
    forcePathStyle: opts.forcePathStyle,
    credentials: { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey },
    // the SDK's default CRC32 trailers (aws-chunked bodies) are not understood by many
    // S3-protocol servers; send checksums only where S3 requires them
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = opts.bucket;
  return {
    driver: 's3',
    async put(key, body) {
      checkKey(key);
      let bytes = 0;
      let sourceError: unknown = null;
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          bytes += chunk.length;
          done(null, chunk);
        },
      });
      // registered before the upload reads, so it sees the caller's error first (an upload
      // judged and refused on the way, a client that went away)
      counter.once('error', (err) => (sourceError ??= err));
      pipeline(body, counter, () => undefined);
      const upload = new Upload({ client, params: { Bucket, Key: key, Body: counter }, partSize: PART_BYTES, queueSize: PARTS_IN_FLIGHT });
      try {
        await upload.done();
      } catch (err) {
        counter.destroy();
        // the caller's own error is the one that explains the failure; a failed multipart upload
        // is aborted by the SDK (servers that cannot abort leave unlisted parts, see docs/storage.md)
        throw sourceError ?? err;
      }
      return bytes;
    },
    async get(key) {
      checkKey(key);
      const res = await client.send(new GetObjectCommand({ Bucket, Key: key }));
      if (!(res.Body instanceof Readable)) throw new Error(`s3 get ${key}: the response has no body stream`);
      return res.Body;
    },
    async remove(key) {
      checkKey(key);
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
      } catch (err) {
        // S3 answers 204 for a missing key; some compatible servers answer 404
        if (err instanceof Error && err.name === 'NoSuchKey') return;
        throw err;
      }
    },
  };
}

/** The keys the app makes are `purpose/id` and `downloads/id-token`; anything path-like else is a bug. */
function checkKey(key: string): void {
  if (key === '' || key.startsWith('/') || key.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new Error(`storage key ${JSON.stringify(key)} is not a relative key`);
  }
}
