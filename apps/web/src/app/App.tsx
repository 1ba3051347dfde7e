import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, theme } from 'antd';
import { Suspense, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '../shared/api/query-client';
import { DEFAULT_LOCALE, i18n, isLocale } from '../shared/i18n';
import { antdLocaleOf } from '../shared/i18n/antd-locale';
import { FeedbackHost } from '../shared/ui/feedback';
import { useReducedMotion } from '../shared/ui/reduced-motion';
import { AppRoutes } from './AppRoutes';

/** The text defaults antd's `App` gave the page (colour, size, line height, font), without `App`. */
function TextDefaults({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return <div style={{ color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight, fontFamily: token.fontFamily }}>{children}</div>;
}

function LocalisedShell() {
  const { i18n: current } = useTranslation();
  // loaded before the first render and before every switch (shared/i18n/antd-locale.ts)
  const antdLocale = antdLocaleOf(isLocale(current.language) ? current.language : DEFAULT_LOCALE);
  const reducedMotion = useReducedMotion();
  const themeConfig = useMemo(() => ({ token: { colorPrimary: '#1677ff', borderRadius: 6, motion: !reducedMotion } }), [reducedMotion]);
  return (
    // autoInsertSpace off: "登录" stays one word for screen readers and tests (not "登 录")
    <ConfigProvider locale={antdLocale} button={{ autoInsertSpace: false }} theme={themeConfig}>
      <TextDefaults>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </TextDefaults>
      {/* toasts and dialogs: loaded after the first paint (shared/ui/feedback.ts) */}
      <Suspense fallback={null}>
        <FeedbackHost />
      </Suspense>
    </ConfigProvider>
  );
}

export function App() {
  const queryClient = useMemo(() => createQueryClient(), []);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalisedShell />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
