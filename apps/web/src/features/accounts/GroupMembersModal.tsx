import type { PermissionGroup } from '@cloudmart/contracts';
import { Modal, Transfer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../shared/api/errors';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { useAllSubAccounts, useSetGroupMembers } from './accounts.queries';
import { useFeedback } from '../../shared/ui/feedback';

interface MemberItem {
  key: string;
  title: string;
}

interface MembersProps {
  group: PermissionGroup;
  onClose: () => void;
}

/** Choose a group's members among the seller's sub-accounts (replaces the member list). */
export function GroupMembersModal({ group, onClose }: { group: PermissionGroup | null; onClose: () => void }) {
  // keyed by group: the selection starts from that group's members each time it opens
  return group ? <MembersDialog key={group.id} group={group} onClose={onClose} /> : null;
}

function MembersDialog({ group, onClose }: MembersProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const accounts = useAllSubAccounts(true);
  const save = useSetGroupMembers();
  const [target, setTarget] = useState<string[]>(() => group.members.map((m) => m.id));

  const data: MemberItem[] = (accounts.data ?? []).map((a) => ({ key: a.id, title: `${a.displayName} (${a.loginName})` }));
  // members the list does not hold (should not happen) stay selectable for removal
  for (const m of group.members) {
    if (!data.some((d) => d.key === m.id)) data.push({ key: m.id, title: `${m.displayName} (${m.loginName})` });
  }

  const onOk = () => {
    save.mutate(
      { id: group.id, userIds: target },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onClose();
        },
        onError: (err) => report(err),
      },
    );
  };

  return (
    <Modal
      open
      title={t('groups.membersTitle', { name: group.name })}
      onCancel={onClose}
      onOk={onOk}
      okText={t('common.save')}
      confirmLoading={save.isPending}
      width={720}
      destroyOnHidden
    >
      {accounts.isPending ? (
        <LoadingBlock minHeight={200} />
      ) : accounts.isError ? (
        <LoadError error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : (
        <Transfer<MemberItem>
          dataSource={data}
          targetKeys={target}
          onChange={(keys) => setTarget(keys.map(String))}
          render={(item) => item.title}
          titles={[t('groups.available'), t('groups.selected')]}
          showSearch={{ placeholder: t('groups.searchMembers') }}
          filterOption={(input, item) => item.title.toLowerCase().includes(input.toLowerCase())}
          styles={{ section: { width: 320, height: 360 } }}
        />
      )}
    </Modal>
  );
}
