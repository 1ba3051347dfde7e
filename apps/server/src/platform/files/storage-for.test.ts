import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { storageFor } from './storage-for.js';

const base = { NODE_ENV: 'test', DATA_DIR: '/tmp/cm-storage-for' };
const s3Env = { ...base, STORAGE: 's3', S3_BUCKET: 'cloudmart-files', S3_ACCESS_KEY_ID: 'AKIDEXAMPLE', S3_SECRET_ACCESS_KEY: 'secret-example-key' };

describe('storageFor and the STORAGE settings', () => {
  it('keeps files on the local disk by default', async () => {
    const config = loadConfig(base);
    expect(config.STORAGE).toBe('local');
    expect(config.s3).toBeNull();
    expect((await storageFor(config)).driver).toBe('local');
  });

  it('takes the s3 driver for STORAGE=s3, in us-east-1 on AWS unless told otherwise', async () => {
    const config = loadConfig(s3Env);
    expect(config.s3).toEqual({
      bucket: 'cloudmart-files',
      region: 'us-east-1',
      endpoint: undefined,
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'secret-example-key',
      forcePathStyle: false,
    });
    expect((await storageFor(config)).driver).toBe('s3');
  });

  it('uses path-style addresses by default with S3_ENDPOINT, and S3_FORCE_PATH_STYLE overrides either way', () => {
    const endpoint = 'http://127.0.0.1:9000';
    expect(loadConfig({ ...s3Env, S3_ENDPOINT: endpoint, S3_REGION: 'cn-north-1' }).s3).toMatchObject({ endpoint, region: 'cn-north-1', forcePathStyle: true });
    expect(loadConfig({ ...s3Env, S3_ENDPOINT: endpoint, S3_FORCE_PATH_STYLE: 'false' }).s3?.forcePathStyle).toBe(false);
    expect(loadConfig({ ...s3Env, S3_FORCE_PATH_STYLE: 'true' }).s3?.forcePathStyle).toBe(true);
  });

  it('refuses to start on STORAGE=s3 without a bucket or credentials, naming each missing variable', () => {
    expect(() => loadConfig({ ...base, STORAGE: 's3' })).toThrow(
      /S3_BUCKET: required when STORAGE=s3\n {2}S3_ACCESS_KEY_ID: required[^\n]*\n {2}S3_SECRET_ACCESS_KEY: required/,
    );
    const { S3_SECRET_ACCESS_KEY: _dropped, ...noSecret } = s3Env;
    expect(() => loadConfig(noSecret)).toThrow(/^Invalid configuration:\n {2}S3_SECRET_ACCESS_KEY: required when STORAGE=s3$/);
  });

  it('refuses an unknown driver and a malformed endpoint, naming the variable', () => {
    expect(() => loadConfig({ ...base, STORAGE: 'gcs' })).toThrow(/STORAGE/);
    expect(() => loadConfig({ ...s3Env, S3_ENDPOINT: 'not a url' })).toThrow(/S3_ENDPOINT/);
  });
});
