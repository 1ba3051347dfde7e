import { Alert, Button, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../features/accounts/auth.queries';
import { can } from '../../shared/access';
import { formatFen } from '../../shared/money';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { sellerRoutes } from '../seller-routes';
import { FigureCard } from './FigureCard';
import { useSellerHome } from './home.queries';
import { SalesTrend } from './SalesTrend';
import { Heading, MutedText } from '../../shared/ui/text';
import { Panel } from '../../shared/ui/Panel';

/**
 * Seller portal home (issue 11 item 8): today's orders, GMV (paid minus refunded, today and 30
 * days) with its trend, and the work waiting — refunds, invoices, reviews, overdue projects —
 * each linking to its list. A sub-account sees the cards its permissions allow.
 */
export function SellerHomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const home = useSellerHome();
  const shortcuts = sellerRoutes.filter((r) => r.menu && r.path !== '/seller' && !r.audience && can(me, r.permission));

  if (home.isPending) return <LoadingBlock />;
  if (home.isError) return <LoadError error={home.error} onRetry={() => void home.refetch()} />;
  const h = home.data;
  const k = 'homePages.seller';
  const anyCard =
    h.sales !== undefined ||
    h.pendingRefunds !== undefined ||
    h.invoicesToIssue !== undefined ||
    h.reviewsToReply !== undefined ||
    h.overdueProjects !== undefined;

  return (
    <Flex vertical gap={16}>
      <div>
        <Heading level={1} style={{ fontSize: 22, margin: 0 }}>
          {t(`${k}.title`, { seller: me.sellerName ?? me.loginName })}
        </Heading>
        <MutedText>
          {t('home.welcome', { name: me.displayName })} · {t('homePages.today', { day: h.today })}
        </MutedText>
      </div>
      {anyCard ? (
        <Row gutter={[16, 16]}>
          {h.sales ? (
            <>
              <FigureCard
                label={t(`${k}.ordersToday`)}
                value={h.sales.ordersToday}
                note={t(`${k}.paidToday`, { count: h.sales.paidToday })}
                to="/seller/orders"
              />
              <FigureCard label={t(`${k}.gmvToday`)} value={formatFen(h.sales.gmvTodayFen)} help={t(`${k}.gmvHelp`)} to="/seller/orders" />
              <FigureCard label={t(`${k}.gmv30d`)} value={formatFen(h.sales.gmv30dFen)} help={t(`${k}.gmvHelp`)} to="/seller/orders" />
            </>
          ) : null}
          {h.pendingRefunds !== undefined ? (
            <FigureCard label={t(`${k}.pendingRefunds`)} value={h.pendingRefunds} alert={h.pendingRefunds > 0} to="/seller/refunds?status=reviewing" />
          ) : null}
          {h.invoicesToIssue !== undefined ? (
            <FigureCard label={t(`${k}.invoicesToIssue`)} value={h.invoicesToIssue} alert={h.invoicesToIssue > 0} to="/seller/invoices?status=applied" />
          ) : null}
          {h.reviewsToReply !== undefined ? <FigureCard label={t(`${k}.reviewsToReply`)} value={h.reviewsToReply} to="/seller/reviews" /> : null}
          {h.overdueProjects !== undefined ? (
            <FigureCard label={t(`${k}.overdueProjects`)} value={h.overdueProjects} alert={h.overdueProjects > 0} to="/delivery/projects?tab=overdue" />
          ) : null}
        </Row>
      ) : (
        <Alert type="info" showIcon title={t(`${k}.noCards`)} />
      )}
      {h.sales ? <SalesTrend trend={h.sales.trend} /> : null}
      {shortcuts.length > 0 ? (
        <Panel title={t('home.shortcuts')}>
          <Flex gap={12} wrap>
            {shortcuts.map((r) =>
              r.menu ? (
                <Button key={r.path} icon={r.menu.icon} onClick={() => void navigate(r.path)}>
                  {t(`menu.${r.menu.labelKey}`)}
                </Button>
              ) : null,
            )}
          </Flex>
        </Panel>
      ) : null}
    </Flex>
  );
}
