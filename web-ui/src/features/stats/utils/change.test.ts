import { compare } from './change';

describe('compare', () => {
  it('calls fewer working days better and a lower share within the deadline worse', () => {
    expect(compare(2, 3, 'lower')).toMatchObject({ direction: 'down', quality: 'better', diff: -1 });
    expect(compare(0.8, 0.9, 'higher')).toMatchObject({ direction: 'down', quality: 'worse' });
    expect(compare(0.95, 0.9, 'higher')).toMatchObject({ direction: 'up', quality: 'better' });
  });

  it('judges plain counts neither way and gives their relative change', () => {
    expect(compare(1250, 1000, 'none')).toEqual({ direction: 'up', quality: 'neutral', diff: 250, relative: 0.25 });
    expect(compare(5, 0, 'none')).toEqual({ direction: 'up', quality: 'neutral', diff: 5, relative: undefined });
    expect(compare(0.1 + 0.2, 0.3, 'higher')).toMatchObject({ direction: 'same', quality: 'neutral' });
  });

  it('has nothing to say without both values', () => {
    expect(compare(null, 3, 'lower')).toBeNull();
    expect(compare(3, null, 'lower')).toBeNull();
  });
});
