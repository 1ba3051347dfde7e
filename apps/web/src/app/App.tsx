import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import { useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '../shared/api/query-client';
import { DEFAULT_LOCALE, i18n, isLocale } from '../shared/i18n';
import { antdLocaleOf } from '../shared/i18n/antd-locale';
import { AppRoutes } from './AppRoutes';

function LocalisedShell() {
  const { i18n: current } = useTranslation();
  // loaded before the first render and before every switch (shared/i18n/antd-locale.ts)
  const antdLocale = antdLocaleOf(isLocale(current.language) ? current.language : DEFAULT_LOCALE);
  return (
    // autoInsertSpace off: "登录" stays one word for screen readers and tests (not "登 录")
    <ConfigProvider locale={antdLocale} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}>
      <AntdApp>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AntdApp>
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
