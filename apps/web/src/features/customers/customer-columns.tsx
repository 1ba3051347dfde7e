import { EditOutlined, PhoneOutlined } from '@ant-design/icons';
import type { CustomerKind, CustomerRow } from '@cloudmart/contracts';
import { Button, Flex, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { formatFen } from '../../shared/money';
import { TwoLines } from '../../shared/ui/TwoLines';
import { beijingText } from '../promotions/promotion-time';
import { maskAccount } from './customer-format';
import { customerPagePath } from './customers.queries';

export interface RowActions {
  canManage: boolean;
  onTags: (c: CustomerRow) => void;
  onCall: (c: CustomerRow) => void;
  onLink: (c: CustomerRow) => void;
}

function TagsCell({ c, t, actions }: { c: CustomerRow; t: TFunction; actions: RowActions }) {
  return (
    <Flex gap={4} wrap align="center">
      {c.tags.length ? (
        c.tags.map((tag) => (
          <Tag key={tag.id} style={{ marginInlineEnd: 0 }}>
            {tag.name}
          </Tag>
        ))
      ) : (
        <Typography.Text type="secondary">{t('customers.noTags')}</Typography.Text>
      )}
      {actions.canManage ? (
        // "单击目标客户标签列的编辑图标，然后为客户选择标签"
        <Tooltip title={t('customers.editTags')}>
          <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('customers.editTags')} onClick={() => actions.onTags(c)} />
        </Tooltip>
      ) : null}
    </Flex>
  );
}

const muted = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

/**
 * The list's columns per tab. 平台客户 as the guide lists them ("客户阿里云账号、联系人、最近下单时间、客户标签"),
 * plus spend; 私有客户 lead with the seller's name for them. Both fit 1280 px in both languages (898 px with
 * the selection column).
 */
export function customerColumns(kind: CustomerKind, t: TFunction, actions: RowActions): TableColumnsType<CustomerRow> {
  const account = {
    key: 'account',
    title: t('customers.account'),
    width: 140,
    render: (_: unknown, c: CustomerRow) =>
      c.buyerAccount === null ? (
        // "单击目标客户操作列中的关联账号": here, beside the account it fills in, so the action column stays narrow
        <TwoLines
          primary={muted(t('customers.unlinked'))}
          secondary={
            actions.canManage ? (
              <Button type="link" size="small" style={{ padding: 0, height: 'auto', fontSize: 12 }} onClick={() => actions.onLink(c)}>
                {t('customers.link')}
              </Button>
            ) : null
          }
        />
      ) : (
        <TwoLines
          primary={<Link to={customerPagePath(c.id)}>{maskAccount(c.buyerAccount)}</Link>}
          secondary={c.buyerUid === null ? null : `UID ${c.buyerUid}`}
        />
      ),
  };
  const lead =
    kind === 'platform'
      ? [
          account,
          {
            key: 'contact',
            title: t('customers.contactName'),
            width: 140,
            // "联系人为客户自己维护的账号名称，可能为空"
            render: (_: unknown, c: CustomerRow) =>
              c.contactName ? <TwoLines primary={c.contactName} secondary={c.company} /> : muted(t('customers.contactNameEmpty')),
          },
        ]
      : [
          {
            key: 'name',
            title: t('customers.name'),
            width: 140,
            render: (_: unknown, c: CustomerRow) => <TwoLines primary={<Link to={customerPagePath(c.id)}>{c.name ?? '—'}</Link>} secondary={c.company} />,
          },
          account,
        ];
  return [
    ...lead,
    {
      key: 'lastOrder',
      title: t('customers.lastOrder'),
      width: 112,
      render: (_, c) =>
        c.lastOrderAt ? <TwoLines primary={beijingText(c.lastOrderAt, 10)} secondary={beijingText(c.lastOrderAt).slice(11)} /> : muted(t('customers.noOrder')),
    },
    { key: 'spend', title: t('customers.spend'), width: 108, align: 'right', render: (_, c) => formatFen(c.spendFen) },
    { key: 'tags', title: t('customers.tags'), width: 170, render: (_, c) => <TagsCell c={c} t={t} actions={actions} /> },
    {
      key: 'createdAt',
      title: t('customers.createdAt'),
      width: 100,
      render: (_, c) => <TwoLines primary={beijingText(c.createdAt, 10)} secondary={t(`customers.sources.${c.source}`)} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 96,
      render: (_, c) => (
        <Flex gap={0} align="center">
          <Link to={customerPagePath(c.id)} style={{ paddingInline: 7 }}>
            {t('customers.detail')}
          </Link>
          {actions.canManage ? (
            <Tooltip title={t('customers.callTitle')}>
              <Button
                type="link"
                size="small"
                icon={<PhoneOutlined />}
                aria-label={`${t('customers.call')} ${c.name ?? c.contactName ?? maskAccount(c.buyerAccount) ?? ''}`}
                onClick={() => actions.onCall(c)}
              />
            </Tooltip>
          ) : null}
        </Flex>
      ),
    },
  ];
}
