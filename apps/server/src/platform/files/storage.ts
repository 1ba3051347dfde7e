import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where file bytes live. The local driver is the default; an S3 driver implements the same. */
export interface FileStorage {
  readonly driver: string;
  put(key: string, body: Readable): Promise<number>;
  get(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
}

export function localStorage(root: string): FileStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    const p = resolve(join(base, key));
    if (!p.startsWith(base + '/')) throw new Error('storage key escapes the root');
    return p;
  };
  return {
    driver: 'local',
    async put(key, body) {
      const p = pathOf(key);
      await mkdir(dirname(p), { recursive: true });
      await pipeline(body, createWriteStream(p));
      return (await stat(p)).size;
    },
    async get(key) {
      const p = pathOf(key);
      await stat(p);
      return createReadStream(p);
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
