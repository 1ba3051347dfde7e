import type { App } from 'antd';
import { lazy } from 'react';

/**
 * Toasts and confirmation dialogs without antd's `App` in the first load. Pages call
 * `useFeedback()` as they called `App.useApp()`; the antd side (message, modal and their styles,
 * ~14 KB gzip) comes with `FeedbackHost`, a lazy chunk mounted at the root, and calls made
 * before it arrives wait for it. Return values are not offered: no page uses them.
 */
type AppApi = ReturnType<typeof App.useApp>;
type Api = Pick<AppApi, 'message' | 'modal'>;
type MessageKind = 'success' | 'error' | 'info' | 'warning';
type ModalKind = 'confirm' | 'success' | 'warning' | 'error' | 'info';

export interface Feedback {
  message: { [K in MessageKind]: (...args: Parameters<AppApi['message'][K]>) => void };
  modal: { [K in ModalKind]: (...args: Parameters<AppApi['modal'][K]>) => void };
}

let ready: Api | null = null;
const waiting: ((api: Api) => void)[] = [];

function whenReady(run: (api: Api) => void): void {
  if (ready) run(ready);
  else waiting.push(run);
}

/** Called by FeedbackHost once antd's holders are mounted (null when it unmounts). */
export function provideFeedback(api: Api | null): void {
  ready = api;
  if (api) for (const run of waiting.splice(0)) run(api);
}

const feedback: Feedback = {
  message: {
    success: (...args) => whenReady((api) => void api.message.success(...args)),
    error: (...args) => whenReady((api) => void api.message.error(...args)),
    info: (...args) => whenReady((api) => void api.message.info(...args)),
    warning: (...args) => whenReady((api) => void api.message.warning(...args)),
  },
  modal: {
    confirm: (...args) => whenReady((api) => void api.modal.confirm(...args)),
    success: (...args) => whenReady((api) => void api.modal.success(...args)),
    warning: (...args) => whenReady((api) => void api.modal.warning(...args)),
    error: (...args) => whenReady((api) => void api.modal.error(...args)),
    info: (...args) => whenReady((api) => void api.modal.info(...args)),
  },
};

/** The page's toasts and dialogs (one object for the whole app). */
export function useFeedback(): Feedback {
  return feedback;
}

/** Mount once inside the ConfigProvider (app/App.tsx), under a Suspense with no fallback. */
export const FeedbackHost = lazy(() => import('./FeedbackHost'));
