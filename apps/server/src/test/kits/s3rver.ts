// A real S3-protocol server for tests (the s3rver package: S3's REST API over a temp folder),
// so the S3 driver is tested against HTTP, signatures, multipart and error answers, not a mock.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { S3StorageOptions } from '../../platform/files/s3-storage.js';

export interface TestS3 {
  /** settings for s3Storage, pointed at this server and its bucket */
  options: S3StorageOptions;
  /** the keys in the bucket now, sorted */
  keys(): Promise<string[]>;
  stop(): Promise<void>;
}

// s3rver's one built-in account
const ACCESS_KEY = 'S3RVER';

/** Start s3rver on an ephemeral port in a fresh temp folder and create the bucket over the API. */
export async function startS3(bucket = 'cloudmart-test'): Promise<TestS3> {
  const dir = await mkdtemp(join(tmpdir(), 'cm-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
  const { port } = await server.run();
  const options: S3StorageOptions = {
    bucket,
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyId: ACCESS_KEY,
    secretAccessKey: ACCESS_KEY,
    forcePathStyle: true,
  };
  const admin = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: ACCESS_KEY },
  });
  await admin.send(new CreateBucketCommand({ Bucket: bucket }));
  return {
    options,
    async keys() {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await admin.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
        for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
        token = page.NextContinuationToken;
      } while (token);
      return keys.sort();
    },
    async stop() {
      admin.destroy();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
