import { useMemo } from 'react';
import { flattenTree, toTree } from '@/lib/tree';

type TreeItem = { id: string; name: string; parentId?: string | null };

/** The <option>s of a tree for a native <select>, depth first, indented by depth. */
export function TreeOptions({ items }: { items: readonly TreeItem[] }) {
  const options = useMemo(() => flattenTree(toTree(items)), [items]);
  return options.map(({ item, depth }) => (
    <option key={item.id} value={item.id}>
      {'\u2003'.repeat(depth)}
      {item.name}
    </option>
  ));
}
