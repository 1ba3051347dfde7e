import { SearchOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

/** The reset / search buttons every list filter form ends with. */
export function FilterActions({ onReset, loading }: { onReset: () => void; loading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex justify="end" gap={8}>
      <Button onClick={onReset}>{t('common.reset')}</Button>
      <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={loading}>
        {t('common.search')}
      </Button>
    </Flex>
  );
}
