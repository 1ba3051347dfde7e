import { GlobalOutlined } from '@ant-design/icons';
import type { Locale } from '@cloudmart/contracts';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe, useUpdateProfile } from './auth.queries';
import { currentLocale, isLocale, setLocale, supportedLocales } from '../../shared/i18n';
import { useFeedback } from '../../shared/ui/feedback';

// Each language is named in itself, so it can be found whatever the current UI language.
const localeNames: Record<Locale, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };

/** Switches the UI language; remembered in this browser and, when logged in, on the account. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { message } = useFeedback();
  const { data: me } = useMe();
  const update = useUpdateProfile();
  const locale = isLocale(i18n.language) ? i18n.language : currentLocale();

  const choose = async (next: Locale) => {
    if (next === locale) return;
    await setLocale(next);
    if (me && me.locale !== next) {
      update.mutate({ locale: next }, { onError: () => void message.warning(t('header.localeSaveFailed')) });
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [locale],
        items: supportedLocales.map((l) => ({ key: l, label: localeNames[l], lang: l })),
        onClick: ({ key }) => {
          if (isLocale(key)) void choose(key);
        },
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={`${t('header.language')}: ${localeNames[locale]}`}>
        {localeNames[locale]}
      </Button>
    </Dropdown>
  );
}
