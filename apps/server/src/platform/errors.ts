import type { ErrorCode } from '@cloudmart/contracts';

/**
 * Every expected failure has a stable string code (the list is in @cloudmart/contracts). The
 * HTTP layer maps each code to a status in one exhaustive switch (http/problem.ts); the web
 * app localises by code.
 */
export { errorCodes, type ErrorCode } from '@cloudmart/contracts';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail ?? code);
    this.name = 'DomainError';
  }
}

export function notFound(what: string): DomainError {
  return new DomainError('not_found', `${what} not found`);
}

export function assertUnreachable(x: never): never {
  throw new Error(`Unreachable: ${String(x)}`);
}
