import { useMemo } from 'react';
import { useAllCategories } from '@/features/category/api/get-categories';
import { useI18n } from '@/i18n/use-i18n';
import { flattenTree, toTree } from '@/lib/tree';
import type { FieldControlProps } from '@/components/ui/field';

type CategorySelectProps = FieldControlProps & {
  value: string;
  onChange: (categoryId: string) => void;
  /** The text of the empty choice. */
  emptyLabel: string;
};

/** The category tree as an indented native select: works with every screen reader and phone. */
export function CategorySelect({ value, onChange, emptyLabel, ...control }: CategorySelectProps) {
  const { t } = useI18n();
  const categories = useAllCategories();
  const options = useMemo(() => flattenTree(toTree(categories.data ?? [])), [categories.data]);
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)} disabled={categories.isPending}>
      <option value="">{categories.isPending ? t('common.loading') : emptyLabel}</option>
      {options.map(({ item, depth }) => (
        <option key={item.id} value={item.id}>
          {'\u2003'.repeat(depth)}
          {item.name}
        </option>
      ))}
    </select>
  );
}
