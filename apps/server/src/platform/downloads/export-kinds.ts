import type { DownloadKind } from '@cloudmart/contracts';
import type { z } from 'zod';
import { csvHeader } from '../http/csv.js';
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

/**
 * An export as CSV text: the header (with its BOM), then each batch of lines. The stored
 * export and a direct CSV download both stream this; `onRows` counts the data rows.
 */
export async function* csvOf<P>(
  def: Pick<ExportDefinition<P>, 'header' | 'lines'>,
  deps: Deps,
  params: P,
  onRows?: (n: number) => void,
): AsyncGenerator<string> {
  yield csvHeader(def.header);
  for await (const batch of def.lines(deps, params)) {
    onRows?.(batch.length);
    yield batch.join('');
  }
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
