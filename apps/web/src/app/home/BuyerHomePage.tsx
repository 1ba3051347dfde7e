import { ShoppingOutlined } from '@ant-design/icons';
import { Button, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../features/accounts/auth.queries';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { FigureCard } from './FigureCard';
import { useBuyerHome } from './home.queries';
import { Heading, MutedText } from '../../shared/ui/text';
import { Panel } from '../../shared/ui/Panel';

/** Buyer console home (issue 11 item 8): orders to pay, instances (expiring soon), service projects waiting on the buyer. */
export function BuyerHomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const home = useBuyerHome();
  if (home.isPending) return <LoadingBlock />;
  if (home.isError) return <LoadError error={home.error} onRetry={() => void home.refetch()} />;
  const h = home.data;
  const k = 'homePages.buyer';

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" gap={16}>
        <div>
          <Heading level={1} style={{ fontSize: 22, margin: 0 }}>
            {t(`${k}.title`)}
          </Heading>
          <MutedText>
            {t('home.welcome', { name: me.displayName })} · {t('homePages.today', { day: h.today })}
          </MutedText>
        </div>
        <Button type="primary" icon={<ShoppingOutlined />} onClick={() => void navigate('/store')}>
          {t(`${k}.goShopping`)}
        </Button>
      </Flex>
      <Row gutter={[16, 16]}>
        <FigureCard label={t(`${k}.ordersToPay`)} value={h.ordersToPay} alert={h.ordersToPay > 0} to="/buyer/orders" />
        <FigureCard label={t(`${k}.activeInstances`)} value={h.activeInstances} to="/buyer/instances" />
        <FigureCard label={t(`${k}.expiringInstances`)} value={h.expiringInstances} alert={h.expiringInstances > 0} to="/buyer/instances" />
      </Row>
      <Panel title={t(`${k}.projects`)}>
        <Row gutter={[16, 16]}>
          <FigureCard label={t(`${k}.requirementsToFill`)} value={h.requirementsToFill} alert={h.requirementsToFill > 0} to="/buyer/projects" />
          <FigureCard label={t(`${k}.draftsToConfirm`)} value={h.draftsToConfirm} alert={h.draftsToConfirm > 0} to="/buyer/projects" />
        </Row>
      </Panel>
    </Flex>
  );
}
