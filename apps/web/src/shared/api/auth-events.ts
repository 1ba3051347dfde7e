/**
 * The API client reports session interruptions here; the shell (inside the router)
 * listens and navigates, so no fetch helper needs to know about routing.
 */
export type AuthEvent = 'unauthenticated' | 'password_change_required';
type Listener = (event: AuthEvent) => void;

const listeners = new Set<Listener>();

export function onAuthEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function emitAuthEvent(event: AuthEvent): void {
  for (const l of listeners) l(event);
}
