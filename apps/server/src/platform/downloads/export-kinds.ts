import type { DownloadKind } from '@cloudmart/contracts';
import type { z } from 'zod';
import type { Deps } from '../module.js';

/**
 * What a module registers for an export it owns: the CSV header and the data lines. The
 * params were checked when the export was asked for; they are parsed again when it is built
 * because they come back from a JSON column.
 */
export interface ExportDefinition<P> {
  params: z.ZodType<P>;
  header: readonly string[];
  /** CSV lines (each CRLF-ended), in batches */
  lines(deps: Deps, params: P): AsyncIterable<string[]>;
}

export interface ExportProducer {
  header: readonly string[];
  lines(deps: Deps, rawParams: unknown): AsyncIterable<string[]>;
}

// The same for every app in the process (tests build many); registering again replaces.
const producers = new Map<DownloadKind, ExportProducer>();

export function registerExport<P>(kind: DownloadKind, def: ExportDefinition<P>): void {
  producers.set(kind, {
    header: def.header,
    lines: (deps, raw) => def.lines(deps, def.params.parse(raw)),
  });
}

export function producerOf(kind: string): ExportProducer | undefined {
  return producers.get(kind as DownloadKind);
}
