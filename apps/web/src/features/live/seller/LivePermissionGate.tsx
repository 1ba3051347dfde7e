import { LIVE_AGREEMENT_VERSION, type LivePermission } from '@cloudmart/contracts';
import { Alert, Button, Card, Checkbox, Modal, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommerceReporter } from '../../../shared/ui/commerce-ui';
import { beijingText } from '../../promotions/promotion-time';
import { useApplyLivePermission } from '../live.queries';
import { useFeedback } from '../../../shared/ui/feedback';

/** 申请直播权限 (guide 2.11.1): the agreement to sign, then the review's state. */
export function LivePermissionGate({ permission, canManage }: { permission: LivePermission; canManage: boolean }) {
  const { t } = useTranslation();
  const { modal } = useFeedback();
  const report = useCommerceReporter();
  const apply = useApplyLivePermission();
  const [open, setOpen] = useState(false);
  const [read, setRead] = useState(false);

  const sign = () =>
    apply.mutate(LIVE_AGREEMENT_VERSION, {
      onSuccess: () => {
        setOpen(false);
        setRead(false);
        void modal.success({
          title: t('live.permission.signed'),
          content: t('live.permission.pendingBody', { at: beijingText(new Date().toISOString()), version: LIVE_AGREEMENT_VERSION }),
          okText: t('live.permission.ok'),
        });
      },
      onError: (err) => report(err),
    });

  const applyButton = (label: string) =>
    canManage ? (
      <Button type="primary" onClick={() => setOpen(true)}>
        {label}
      </Button>
    ) : (
      <Typography.Text type="secondary">{t('live.permission.noManage')}</Typography.Text>
    );

  return (
    <Card>
      {permission.status === 'pending' ? (
        <Result
          status="info"
          title={t('live.permission.pendingTitle')}
          subTitle={t('live.permission.pendingBody', { at: beijingText(permission.signedAt), version: permission.agreementVersion ?? '' })}
        />
      ) : permission.status === 'rejected' ? (
        <Result
          status="warning"
          title={t('live.permission.rejectedTitle')}
          subTitle={t('live.permission.rejectedBody', { reason: permission.rejectReason ?? '' })}
          extra={applyButton(t('live.permission.reapply'))}
        />
      ) : (
        <Result status="info" title={t('live.permission.title')} subTitle={t('live.permission.intro')} extra={applyButton(t('live.permission.apply'))} />
      )}
      <Modal
        open={open}
        title={t('live.permission.agreementTitle')}
        onCancel={() => setOpen(false)}
        width={640}
        footer={
          <Button type="primary" disabled={!read} loading={apply.isPending} onClick={sign}>
            {t('live.permission.sign')}
          </Button>
        }
      >
        <Typography.Text type="secondary">{t('live.permission.agreementVersion', { version: LIVE_AGREEMENT_VERSION })}</Typography.Text>
        <Alert type="info" style={{ margin: '12px 0', whiteSpace: 'pre-line', maxHeight: 280, overflow: 'auto' }} title={t('live.permission.agreement')} />
        <Checkbox checked={read} onChange={(e) => setRead(e.target.checked)}>
          {t('live.permission.read')}
        </Checkbox>
      </Modal>
    </Card>
  );
}
