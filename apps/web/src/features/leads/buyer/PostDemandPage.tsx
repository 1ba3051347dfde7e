import { ArrowLeftOutlined, ShopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useErrorReporter } from '../../../shared/api/errors';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { SectionGate } from '../../../shared/ui/SectionGate';
import { useDirectedShop, usePostDemand } from './buyer-leads.queries';
import { DemandFields } from './DemandFields';
import { demandBodyOf, demandPath, demandsPath, sellerCodeOf, type DemandFormValues } from './demand-format';
import { leadsBuyerSection } from './leads-buyer.section';
import { useFeedback } from '../../../shared/ui/feedback';

/** 发布需求; from a shop's 向TA提需求 (?seller=CODE) it is a 定向需求 to that shop. */
export function PostDemandPage() {
  return (
    <SectionGate sections={[leadsBuyerSection]}>
      <PostDemand />
    </SectionGate>
  );
}

function PostDemand() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const report = useErrorReporter();
  const [params] = useSearchParams();
  const sellerCode = useMemo(() => sellerCodeOf(params), [params]);
  // the shop's name for the title; an unknown code is said so and the demand goes to the marketplace
  const shop = useDirectedShop(sellerCode);
  const shopName = sellerCode && shop.isSuccess ? shop.data.seller.name : undefined;
  const directedTo = shopName ? sellerCode : undefined;
  const [form] = Form.useForm<DemandFormValues>();
  const post = usePostDemand();

  const onFinish = (v: DemandFormValues) =>
    post.mutateAsync(demandBodyOf(v, directedTo)).then(
      (d) => {
        void message.success(t('leadsBuyer.posted'));
        void navigate(demandPath(d.id), { replace: true });
      },
      (err: unknown) => report(err, form),
    );

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={() => void navigate(demandsPath)}>
      {t('leadsBuyer.backToList')}
    </Button>
  );
  return (
    <>
      <PageHeader before={back} title={shopName ? t('leadsBuyer.postDirectedTitle', { name: shopName }) : t('leadsBuyer.postTitle')} />
      <Card style={{ maxWidth: 960 }}>
        {sellerCode && shop.isError ? (
          <Alert type="warning" showIcon title={t('leadsBuyer.shopUnknown')} style={{ marginBottom: 16 }} />
        ) : (
          <Alert
            type="info"
            showIcon
            icon={shopName ? <ShopOutlined /> : undefined}
            title={shopName ? t('leadsBuyer.postDirectedHint') : t('leadsBuyer.postHint')}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<DemandFormValues> form={form} layout="vertical" name="postDemand" onFinish={(v) => void onFinish(v)} aria-label={t('leadsBuyer.postTitle')}>
          <DemandFields />
          <Flex gap={8} justify="end">
            <Button onClick={() => void navigate(demandsPath)}>{t('leadsBuyer.cancelForm')}</Button>
            <Button type="primary" htmlType="submit" loading={post.isPending} disabled={Boolean(sellerCode) && shop.isPending}>
              {t('leadsBuyer.submit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
