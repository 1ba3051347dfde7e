import { ExportOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../shared/ui/CopyField';
import type { appInfoZhCN } from './app-info.zh-CN';

type KnownField = keyof typeof appInfoZhCN.fields;
/** The SPI's fields in reading order: where to go, then how to log in. */
const ORDER: readonly KnownField[] = ['frontEndUrl', 'adminUrl', 'ssoUrl', 'username', 'password'];
const isKnown = (k: string): k is KnownField => ORDER.some((f) => f === k);
const isUrl = (v: string) => /^https?:\/\//i.test(v);

/**
 * 应用信息 as labelled fields: known SPI keys under their names (others under their own key),
 * every value copyable, URLs with an open button, the password masked until revealed.
 */
export function AppInfoFields({ appInfo, size }: { appInfo: Record<string, string>; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const entries = Object.entries(appInfo).sort(([a], [b]) => {
    const rank = (k: string) => (isKnown(k) ? ORDER.indexOf(k) : ORDER.length);
    return rank(a) - rank(b);
  });
  return (
    <Descriptions
      bordered
      size={size}
      column={1}
      styles={{ label: { width: 180, whiteSpace: 'nowrap' } }}
      items={entries.map(([k, v]) => {
        const label = isKnown(k) ? t(`appInfo.fields.${k}`) : k;
        return {
          key: k,
          label,
          children: (
            <Flex gap={8} align="center">
              <div style={{ flex: 1, minWidth: 0 }}>
                <CopyField value={v} ariaLabel={label} secret={k === 'password'} monospace={k === 'username'} />
              </div>
              {isUrl(v) && k !== 'password' ? (
                <Button icon={<ExportOutlined />} href={v} target="_blank" rel="noopener noreferrer">
                  {t('appInfo.open')}
                </Button>
              ) : null}
            </Flex>
          ),
        };
      })}
    />
  );
}
