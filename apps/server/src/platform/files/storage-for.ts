import type { Config } from '../../config.js';
import { assertUnreachable } from '../errors.js';
import { localStorage, type FileStorage } from './storage.js';

/**
 * The file storage the configuration names (STORAGE; docs/storage.md). The S3 driver is loaded
 * only when chosen: the AWS SDK takes ~0.4 s to import, which every local start and every
 * test file would otherwise pay.
 */
export async function storageFor(config: Pick<Config, 'STORAGE' | 'filesDir' | 's3'>): Promise<FileStorage> {
  switch (config.STORAGE) {
    case 'local':
      return localStorage(config.filesDir);
    case 's3': {
      // loadConfig sets s3 whenever STORAGE=s3; a hand-built config without it is a bug
      if (!config.s3) throw new Error('STORAGE=s3 without S3 settings');
      const { s3Storage } = await import('./s3-storage.js');
      return s3Storage(config.s3);
    }
    default:
      return assertUnreachable(config.STORAGE);
  }
}
