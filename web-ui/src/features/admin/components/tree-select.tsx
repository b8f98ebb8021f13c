import { useMemo } from 'react';
import type { FieldControlProps } from '@/components/ui/field';
import { useI18n } from '@/i18n/use-i18n';
import { flattenTree, toTree } from '@/lib/tree';

type Item = { id: string; code: string; name: string; parentId?: string | null; active: boolean };

type TreeSelectProps = {
  control: FieldControlProps;
  name: string;
  items: readonly Item[];
  value: string;
  onChange: (value: string) => void;
  /** The first option, for "no value" (its value is ''); leave out to make a choice required. */
  noneLabel: string;
  /** Items that may not be chosen, such as an agency itself and its own sub-units as its parent. */
  excludeIds?: ReadonlySet<string>;
  /** Inactive items stay visible (they keep the tree readable) but cannot be chosen. */
  disableInactive?: boolean;
};

/** A native <select> over a tree: options depth first, indented with dashes a screen reader reads out too. */
export function TreeSelect({ control, name, items, value, onChange, noneLabel, excludeIds, disableInactive }: TreeSelectProps) {
  const { t } = useI18n();
  const options = useMemo(() => flattenTree(toTree(items)), [items]);
  return (
    <select {...control} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{noneLabel}</option>
      {options
        .filter(({ item }) => !excludeIds?.has(item.id))
        .map(({ item, depth }) => {
          const label = `${'— '.repeat(depth)}${item.name} (${item.code})`;
          return (
            <option key={item.id} value={item.id} disabled={disableInactive && !item.active && item.id !== value}>
              {item.active ? label : t('admin.inactiveOption', { name: label })}
            </option>
          );
        })}
    </select>
  );
}
