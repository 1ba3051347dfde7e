import type { DeliveryFile } from '@cloudmart/contracts';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatSize } from '../../../shared/ui/format';
import { fileUrl } from '../../../shared/api/files';

/** 文件管理: 文件名称, 上传时间, 大小, 操作人, 上传节点, 下载. */
export function FilesTable({ files }: { files: readonly DeliveryFile[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<DeliveryFile> = [
    { key: 'name', title: t('deliveryProjects.files.name'), dataIndex: 'name' },
    { key: 'at', title: t('deliveryProjects.files.at'), render: (_, f) => formatDateTime(f.createdAt) },
    { key: 'size', title: t('deliveryProjects.files.size'), render: (_, f) => formatSize(f.size) },
    { key: 'uploader', title: t('deliveryProjects.files.uploader'), render: (_, f) => f.uploader.name },
    { key: 'node', title: t('deliveryProjects.files.node'), render: (_, f) => f.nodeName },
    {
      key: 'actions',
      title: t('deliveryProjects.files.actions'),
      render: (_, f) => (
        <Typography.Link href={fileUrl(f.fileId)} download={f.name} aria-label={`${t('deliveryProjects.files.download')} ${f.name}`}>
          {t('deliveryProjects.files.download')}
        </Typography.Link>
      ),
    },
  ];
  return (
    <Table<DeliveryFile>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...files].reverse()}
      aria-label={t('deliveryProjects.sections.files')}
      locale={{ emptyText: t('deliveryProjects.files.empty') }}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
    />
  );
}
