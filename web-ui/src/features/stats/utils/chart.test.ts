import { ticks } from './chart';

describe('ticks', () => {
  it('steps by 1, 2 or 5 times a power of ten up to at least the maximum', () => {
    expect(ticks(3)).toEqual([0, 1, 2, 3]);
    expect(ticks(1250)).toEqual([0, 500, 1000, 1500]);
    expect(ticks(17)).toEqual([0, 5, 10, 15, 20]);
  });

  it('draws an axis for an empty series', () => {
    expect(ticks(0)).toEqual([0, 1]);
  });
});
