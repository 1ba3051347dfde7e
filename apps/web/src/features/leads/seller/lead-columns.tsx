import { EditOutlined, PhoneOutlined } from '@ant-design/icons';
import type { LeadRow } from '@cloudmart/contracts';
import { Button, Flex, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { beijingText } from '../../promotions/promotion-time';
import { LeadStatusTag, Masked, RemainingText } from './lead-parts';
import { leadPagePath } from './leads.queries';

export interface LeadRowActions {
  canManage: boolean;
  now: number;
  onAccept: (l: LeadRow) => void;
  onReject: (l: LeadRow) => void;
  onRemark: (l: LeadRow) => void;
  onCall: (l: LeadRow) => void;
}

const linkButton = { type: 'link', size: 'small', style: { paddingInline: 4 } } as const;

/**
 * 商机管理's columns as the guide draws them — 需求ID (with 备注： 设置备注), 需求来源, 需求名称, 需求类别,
 * 指派时间, 需求状态 (待响应 剩余…小时…分), 最新小记, 联系人, 联系客户, 操作 (详情 拒绝 接受) — with 需求类别 under
 * 需求来源 and the 联系客户 phone beside 联系人, so the list fits 1280 px in both languages (940 px; the
 * English menu leaves 944).
 */
export function leadColumns(t: TFunction, a: LeadRowActions): TableColumnsType<LeadRow> {
  return [
    {
      key: 'id',
      title: t('leadsSeller.list.id'),
      width: 116,
      render: (_, l) => (
        <TwoLines
          primary={<Link to={leadPagePath(l.id)}>{l.demandNo}</Link>}
          secondary={
            l.remark ? (
              <span title={l.remark}>
                {t('leadsSeller.list.remark')}：{l.remark}
                {a.canManage ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={`${t('leadsSeller.list.setRemark')} ${l.demandNo}`}
                    style={{ padding: 0, height: 'auto', fontSize: 12, marginInlineStart: 2 }}
                    onClick={() => a.onRemark(l)}
                  />
                ) : null}
              </span>
            ) : a.canManage ? (
              <Button type="link" size="small" style={{ padding: 0, height: 'auto', fontSize: 12 }} onClick={() => a.onRemark(l)}>
                {t('leadsSeller.list.setRemark')}
              </Button>
            ) : null
          }
        />
      ),
    },
    {
      key: 'source',
      title: t('leadsSeller.list.source'),
      width: 104,
      render: (_, l) => <TwoLines primary={t(`leadsSeller.sources.${l.source}`)} secondary={t(`leadsSeller.categories.${l.category}`)} />,
    },
    {
      key: 'name',
      title: t('leadsSeller.list.name'),
      width: 140,
      render: (_, l) => <TwoLines primary={<span title={l.name}>{l.name}</span>} secondary={t(`leadsSeller.types.${l.type}`)} />,
    },
    {
      key: 'assignedAt',
      title: t('leadsSeller.list.assignedAt'),
      width: 96,
      render: (_, l) => <TwoLines primary={beijingText(l.assignedAt, 10)} secondary={beijingText(l.assignedAt).slice(11)} />,
    },
    {
      key: 'status',
      title: t('leadsSeller.detail.status'),
      width: 124,
      render: (_, l) => (
        <Flex vertical gap={2} align="start">
          <LeadStatusTag status={l.status} />
          {l.status === 'pending' ? <RemainingText dueAt={l.answerDueAt} now={a.now} /> : null}
        </Flex>
      ),
    },
    {
      key: 'latestNote',
      title: t('leadsSeller.list.latestNote'),
      width: 110,
      ellipsis: { showTitle: false },
      render: (_, l) =>
        l.latestNote ? (
          <Tooltip title={l.latestNote} placement="topLeft">
            {l.latestNote}
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{t('leadsSeller.list.noNote')}</Typography.Text>
        ),
    },
    {
      key: 'contact',
      title: t('leadsSeller.list.contact'),
      width: 100,
      render: (_, l) => (
        <Flex gap={2} align="center" wrap={false}>
          <Masked value={l.contactName} />
          {/* 联系客户: "找到目标需求，单击联系客户列的电话图标，填写您的联系方式，单击发起呼叫" */}
          {a.canManage && l.status === 'following' ? (
            <Tooltip title={t('leadsSeller.detail.call')}>
              <Button type="link" size="small" icon={<PhoneOutlined />} aria-label={`${t('leadsSeller.detail.call')} ${l.name}`} onClick={() => a.onCall(l)} />
            </Tooltip>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 150,
      render: (_, l) => (
        <Flex gap={0} align="center" wrap={false}>
          <Link to={leadPagePath(l.id)} style={{ paddingInline: 4 }}>
            {t('leadsSeller.list.detail')}
          </Link>
          {a.canManage && l.status === 'pending' ? (
            <>
              <Button {...linkButton} danger onClick={() => a.onReject(l)}>
                {t('leadsSeller.list.reject')}
              </Button>
              <Button {...linkButton} onClick={() => a.onAccept(l)}>
                {t('leadsSeller.list.accept')}
              </Button>
            </>
          ) : null}
        </Flex>
      ),
    },
  ];
}
