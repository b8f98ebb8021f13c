import type { ReactNode } from 'react';
import type { TreeNode } from '@/lib/tree';

type TreeListProps<T> = {
  nodes: readonly TreeNode<T>[];
  label: string;
  renderItem: (item: T) => ReactNode;
  getKey: (item: T) => string;
  testId?: string;
};

/** Nested lists: the tree's shape is read out by screen readers ("list, 3 items, level 2") and shown by indent. */
export function TreeList<T>({ nodes, label, renderItem, getKey, testId }: TreeListProps<T>) {
  return (
    <ul className="tree" aria-label={label} data-testid={testId}>
      <TreeItems nodes={nodes} renderItem={renderItem} getKey={getKey} />
    </ul>
  );
}

function TreeItems<T>({ nodes, renderItem, getKey }: Omit<TreeListProps<T>, 'label' | 'testId'>) {
  return nodes.map((node) => (
    <li key={getKey(node.item)} className="tree__item">
      {renderItem(node.item)}
      {node.children.length > 0 && (
        <ul className="tree tree--nested">
          <TreeItems nodes={node.children} renderItem={renderItem} getKey={getKey} />
        </ul>
      )}
    </li>
  ));
}
