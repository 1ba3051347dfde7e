import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import type { FilePurpose } from '@cloudmart/contracts';
import { DomainError } from '../errors.js';
import { imageSize } from './image-size.js';
import { exceedsLimit, judgeUpload, ruleFor } from './rules.js';
import { SNIFF_BYTES, sniffType, type SniffedType } from './sniff.js';

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

/**
 * A pass-through that judges an upload while it streams: it holds back the first
 * SNIFF_BYTES to identify the content, fails with `file_type_not_allowed` before a byte
 * reaches storage when the type is wrong, and fails with `file_too_large` the moment the
 * purpose's limit is passed — so a huge upload is never stored in full. It also counts
 * and hashes what passes. A purpose with fixed image dimensions (live covers) is held whole
 * (its limit is small) and its header read for the size before anything is stored.
 */
export class UploadInspector extends Transform {
  bytes = 0;
  type: SniffedType | null = null;
  private readonly hash = createHash('sha256');
  private head: Buffer[] = [];
  private headBytes = 0;
  private decided = false;
  private readonly holdWhole: boolean;

  constructor(
    private readonly purpose: FilePurpose,
    private readonly fileName: string,
  ) {
    super();
    this.holdWhole = ruleFor(purpose).dimensions !== undefined;
  }

  /** Hex SHA-256 of everything that passed; call once, after the stream ended. */
  sha256(): string {
    return this.hash.digest('hex');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (exceedsLimit(this.purpose, this.bytes)) {
      done(new DomainError('file_too_large', `${this.purpose} files are at most ${ruleFor(this.purpose).maxBytes} bytes`));
      return;
    }
    this.hash.update(chunk);
    if (this.decided) {
      done(null, chunk);
      return;
    }
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.holdWhole || this.headBytes < SNIFF_BYTES) {
      done();
      return;
    }
    this.decide().then(
      () => done(),
      (err: unknown) => done(asError(err)),
    );
  }

  override _flush(done: TransformCallback): void {
    if (this.decided) {
      done();
      return;
    }
    this.decide().then(
      () => done(),
      (err: unknown) => done(asError(err)),
    );
  }

  private async decide(): Promise<void> {
    this.decided = true;
    const head = Buffer.concat(this.head);
    this.head = [];
    this.type = await sniffType(head, this.fileName);
    // size is judged as it streams; here only the type
    const verdict = judgeUpload(this.purpose, this.type?.ext ?? null, 0);
    if (!verdict.ok) throw new DomainError(verdict.code, verdict.detail);
    const want = ruleFor(this.purpose).dimensions;
    if (want) {
      const size = imageSize(head);
      if (!size || size.width !== want.width || size.height !== want.height) {
        const got = size ? `${size.width}×${size.height}` : 'unreadable';
        throw new DomainError('image_dimensions_not_allowed', `${this.purpose} must be ${want.width}×${want.height} pixels; this is ${got}`, { ...want });
      }
    }
    this.push(head);
  }
}
