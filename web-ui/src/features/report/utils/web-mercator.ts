/** Web Mercator, as every slippy-map tile server uses it: world pixel coordinates at a zoom level. */
export const TILE = 256;

const worldSize = (zoom: number) => TILE * 2 ** zoom;

export function toPixel(latitude: number, longitude: number, zoom: number): { x: number; y: number } {
  const size = worldSize(zoom);
  const sin = Math.sin((latitude * Math.PI) / 180);
  return {
    x: ((longitude + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}

export function toLatLng(x: number, y: number, zoom: number): { latitude: number; longitude: number } {
  const size = worldSize(zoom);
  const n = Math.PI * (1 - (2 * y) / size);
  return { latitude: (Math.atan(Math.sinh(n)) * 180) / Math.PI, longitude: (x / size) * 360 - 180 };
}

/** The URL of one tile; x wraps around the antimeridian. */
export function tileUrl(template: string, zoom: number, x: number, y: number): string {
  const n = 2 ** zoom;
  return template
    .replace('{z}', String(zoom))
    .replace('{x}', String(((x % n) + n) % n))
    .replace('{y}', String(y));
}
