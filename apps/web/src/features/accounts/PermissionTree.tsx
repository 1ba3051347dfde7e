import { Checkbox, Flex, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { usePermissionCatalogue } from './accounts.queries';
import { permissionLabel, permissionModuleLabel } from './permission-labels';

interface PermissionTreeProps {
  value?: string[];
  onChange?: (value: string[]) => void;
  disabled?: boolean;
  id?: string;
}

/**
 * The permission catalogue as a two-level checkbox tree: a module box (checks all its
 * nodes, shows "some" as indeterminate) over its permission nodes. Real checkboxes, so
 * keyboards and screen readers work. A form control: value is the list of node keys.
 */
export function PermissionTree({ value = [], onChange, disabled, id }: PermissionTreeProps) {
  const { t } = useTranslation();
  const catalogue = usePermissionCatalogue();
  const baseId = useId();
  if (catalogue.isPending) return <LoadingBlock minHeight={80} />;
  if (catalogue.isError) return <LoadError error={catalogue.error} onRetry={() => void catalogue.refetch()} />;

  const selected = new Set(value);
  const emit = (next: Set<string>) => onChange?.([...next]);

  return (
    <Flex vertical gap={12} id={id}>
      {catalogue.data.map((m) => {
        const checkedCount = m.keys.filter((k) => selected.has(k)).length;
        const all = checkedCount === m.keys.length && m.keys.length > 0;
        const headingId = `${baseId}-${m.module}`;
        return (
          <div key={m.module} role="group" aria-labelledby={headingId}>
            <Checkbox
              checked={all}
              indeterminate={checkedCount > 0 && !all}
              disabled={disabled}
              onChange={(e) => {
                const next = new Set(selected);
                for (const k of m.keys) {
                  if (e.target.checked) next.add(k);
                  else next.delete(k);
                }
                emit(next);
              }}
            >
              <Typography.Text strong id={headingId}>
                {permissionModuleLabel(t, m.module)}
              </Typography.Text>
            </Checkbox>
            <Flex gap={16} wrap style={{ paddingInlineStart: 24, marginTop: 6 }}>
              {m.keys.map((k) => (
                <Checkbox
                  key={k}
                  checked={selected.has(k)}
                  disabled={disabled}
                  onChange={(e) => {
                    const next = new Set(selected);
                    if (e.target.checked) next.add(k);
                    else next.delete(k);
                    emit(next);
                  }}
                >
                  {permissionLabel(t, k)}
                </Checkbox>
              ))}
            </Flex>
          </div>
        );
      })}
    </Flex>
  );
}
