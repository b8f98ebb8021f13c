import { tileUrl, toLatLng, toPixel } from './web-mercator';

describe('web mercator', () => {
  it('agrees with the OpenStreetMap wiki formula for tile numbers', () => {
    // xtile = n(lon+180)/360, ytile = n(1 - ln(tan φ + sec φ)/π)/2: Kupang at zoom 15 is tile 27634/17313.
    const osm = (lat: number, lng: number, z: number) => {
      const n = 2 ** z;
      const phi = (lat * Math.PI) / 180;
      return [Math.floor((n * (lng + 180)) / 360), Math.floor((n * (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI)) / 2)];
    };
    for (const [lat, lng, z] of [[-10.1632, 123.6015, 15], [-8.5, 115.2, 12], [51.5, -0.12, 10]]) {
      const { x, y } = toPixel(lat, lng, z);
      expect([Math.floor(x / 256), Math.floor(y / 256)]).toEqual(osm(lat, lng, z));
    }
    expect(osm(-10.1632, 123.6015, 15)).toEqual([27634, 17313]);
  });

  it('goes back and forth without drifting', () => {
    for (const [lat, lng] of [[-10.1632, 123.6015], [0, 0], [60.5, -150.25]]) {
      const { x, y } = toPixel(lat, lng, 17);
      const back = toLatLng(x, y, 17);
      expect(back.latitude).toBeCloseTo(lat, 9);
      expect(back.longitude).toBeCloseTo(lng, 9);
    }
  });

  it('fills the template and wraps x', () => {
    expect(tileUrl('https://t.test/{z}/{x}/{y}.png', 2, -1, 3)).toBe('https://t.test/2/3/3.png');
  });
});
