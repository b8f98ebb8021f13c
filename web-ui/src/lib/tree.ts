/** An item with the items below it, as built by toTree. */
export type TreeNode<T> = { item: T; children: TreeNode<T>[] };

type TreeItem = { id: string; parentId?: string | null };

/**
 * Builds a forest from a flat list with parent ids, keeping the given order among siblings.
 * An item whose parent is missing from the list (or that sits in a parent cycle) becomes a root,
 * so nothing the API sent is ever hidden.
 */
export function toTree<T extends TreeItem>(items: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>();
  for (const item of items) nodes.set(item.id, { item, children: [] });

  const reachesItself = (item: T) => {
    const seen = new Set<string>([item.id]);
    let parentId = item.parentId;
    while (parentId) {
      if (seen.has(parentId)) return true;
      seen.add(parentId);
      parentId = nodes.get(parentId)?.item.parentId;
    }
    return false;
  };

  const roots: TreeNode<T>[] = [];
  for (const item of items) {
    const node = nodes.get(item.id)!;
    const parent = item.parentId ? nodes.get(item.parentId) : undefined;
    if (parent && parent !== node && !reachesItself(item)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The tree depth first, each item with its depth (0 for roots), for indented lists and <select> options. */
export function flattenTree<T>(nodes: readonly TreeNode<T>[], depth = 0): { item: T; depth: number }[] {
  return nodes.flatMap((node) => [{ item: node.item, depth }, ...flattenTree(node.children, depth + 1)]);
}

/** The ids of an item and everything below it: what may not become its parent. */
export function descendantIds<T extends TreeItem>(items: readonly T[], id: string): Set<string> {
  const ids = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of items) {
      if (item.parentId && ids.has(item.parentId) && !ids.has(item.id)) {
        ids.add(item.id);
        grew = true;
      }
    }
  }
  return ids;
}
