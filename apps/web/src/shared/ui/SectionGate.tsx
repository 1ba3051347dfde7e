import type { ReactNode } from 'react';
import { useSections, type Section } from '../i18n/sections';
import { LoadingBlock } from './QueryStates';

/** Renders its children once the lazy catalogue sections they use are loaded (see i18n/sections.ts). */
export function SectionGate({ sections, children }: { sections: readonly Section[]; children: ReactNode }) {
  return useSections(sections) ? <>{children}</> : <LoadingBlock />;
}
