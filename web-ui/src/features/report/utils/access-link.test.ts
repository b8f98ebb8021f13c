import { accessKeyOf, accessLink } from './access-link';

const KEY = '3fa9c1.Jq0vX2mB7tK9pLw4Rz8sYe';

describe('access link', () => {
  it('puts the key in the fragment of the tracking page, where no server sees it', () => {
    const link = new URL(accessLink('K7PX4M9Q', KEY));
    expect(link.pathname).toBe('/lacak/K7PX4M9Q');
    expect(link.search).toBe('');
    expect(accessKeyOf(link.hash)).toBe(KEY);
  });

  it('takes only something shaped like a key', () => {
    expect(accessKeyOf('')).toBeUndefined();
    expect(accessKeyOf('#kunci=123456')).toBeUndefined();
    expect(accessKeyOf(`#kunci=${KEY}x`)).toBeUndefined();
    expect(accessKeyOf(`#lain=1&kunci=${KEY}`)).toBe(KEY);
  });
});
