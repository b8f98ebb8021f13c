import { descendantIds, flattenTree, toTree } from './tree';

const items = [
  { id: 'a', parentId: null, name: 'A' },
  { id: 'a2', parentId: 'a', name: 'A2' },
  { id: 'b', name: 'B' },
  { id: 'a1', parentId: 'a', name: 'A1' },
  { id: 'a2x', parentId: 'a2', name: 'A2x' },
  { id: 'orphan', parentId: 'gone', name: 'Orphan' },
];

describe('toTree / flattenTree', () => {
  it('nests children under their parents and keeps the given order among siblings', () => {
    const tree = toTree(items);
    expect(tree.map((n) => n.item.id)).toEqual(['a', 'b', 'orphan']);
    expect(tree[0].children.map((n) => n.item.id)).toEqual(['a2', 'a1']);
    expect(tree[0].children[0].children.map((n) => n.item.id)).toEqual(['a2x']);
  });

  it('flattens depth first with depths', () => {
    expect(flattenTree(toTree(items)).map(({ item, depth }) => `${depth}:${item.id}`)).toEqual([
      '0:a',
      '1:a2',
      '2:a2x',
      '1:a1',
      '0:b',
      '0:orphan',
    ]);
  });

  it('never loses items that sit in a parent cycle', () => {
    const cyclic = [
      { id: 'x', parentId: 'y' },
      { id: 'y', parentId: 'x' },
      { id: 'self', parentId: 'self' },
    ];
    expect(flattenTree(toTree(cyclic)).map(({ item }) => item.id).sort()).toEqual(['self', 'x', 'y']);
  });

  it('handles an empty list', () => {
    expect(flattenTree(toTree([]))).toEqual([]);
  });
});

describe('descendantIds', () => {
  it('is the item and everything below it', () => {
    expect([...descendantIds(items, 'a')].sort()).toEqual(['a', 'a1', 'a2', 'a2x']);
    expect([...descendantIds(items, 'b')]).toEqual(['b']);
  });
});
