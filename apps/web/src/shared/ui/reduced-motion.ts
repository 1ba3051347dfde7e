import { useSyncExternalStore } from 'react';

const query = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
  const mq = window.matchMedia(query);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

const prefersReduced = (): boolean => typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(query).matches;

/**
 * True while the system asks for reduced motion (WCAG 2.3.3): antd's zooms, slides and fades are
 * then turned off (App.tsx). The browser journeys ask for it too, so a dialog is ready to click as
 * soon as it is shown (two clicks made during a zoom-in were lost in CI).
 */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReduced, () => false);
}
