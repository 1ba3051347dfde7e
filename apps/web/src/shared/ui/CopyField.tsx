import { CopyOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFeedback } from './feedback';

interface CopyFieldProps {
  id?: string;
  value: string;
  /** accessible name of the read-only input when there is no <label htmlFor> */
  ariaLabel?: string;
  monospace?: boolean;
  /** masked (a password): shown only on the eye toggle, still copied whole */
  secret?: boolean;
}

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // plain-http deployments have no async clipboard: fall back to a selection copy
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}

/** A read-only value with a copy button beside it. */
export function CopyField({ id, value, ariaLabel, monospace, secret }: CopyFieldProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const onCopy = () => {
    copyText(value).then(
      () => void message.success(t('common.copied')),
      () => void message.error(t('common.copyFailed')),
    );
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      {secret ? (
        <Input.Password id={id} readOnly value={value} aria-label={ariaLabel} autoComplete="off" />
      ) : (
        <Input
          id={id}
          readOnly
          value={value}
          aria-label={ariaLabel}
          onFocus={(e) => e.currentTarget.select()}
          style={monospace ? { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } : undefined}
        />
      )}
      <Button icon={<CopyOutlined />} onClick={onCopy}>
        {t('common.copy')}
      </Button>
    </Space.Compact>
  );
}
