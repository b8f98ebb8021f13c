import { useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { MapConfig } from '@/config/env';
import { useI18n } from '@/i18n/use-i18n';
import { TILE, tileUrl, toLatLng, toPixel } from '../utils/web-mercator';

type MapPickerProps = {
  config: MapConfig;
  latitude?: number;
  longitude?: number;
  onPick: (point: { latitude: number; longitude: number }) => void;
};

const HEIGHT = 260;
const PAN = 96;
const MIN_ZOOM = 3;
const MAX_ZOOM = 19;

/**
 * A small tile map to drop a pin on: no map library, a few image tiles. Click or tap to place the
 * pin; keyboard users pan with the arrow keys (or the buttons) and place it at the crosshair.
 */
export default function MapPicker({ config, latitude, longitude, onPick }: MapPickerProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(320);
  const [zoom, setZoom] = useState(config.zoom ?? 15);
  const [center, setCenter] = useState(() =>
    toPixel(latitude ?? config.center.latitude, longitude ?? config.center.longitude, config.zoom ?? 15),
  );
  useLayoutEffect(() => {
    const measure = () => setWidth(ref.current?.clientWidth || 320);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);

  const left = center.x - width / 2;
  const top = center.y - HEIGHT / 2;
  const tiles: { x: number; y: number }[] = [];
  const max = 2 ** zoom;
  for (let x = Math.floor(left / TILE); x <= Math.floor((left + width) / TILE); x++) {
    for (let y = Math.max(0, Math.floor(top / TILE)); y <= Math.min(max - 1, Math.floor((top + HEIGHT) / TILE)); y++) {
      tiles.push({ x, y });
    }
  }
  const pin = latitude !== undefined && longitude !== undefined ? toPixel(latitude, longitude, zoom) : undefined;

  const zoomTo = (next: number) => {
    const z = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, next));
    const here = toLatLng(center.x, center.y, zoom);
    setCenter(toPixel(here.latitude, here.longitude, z));
    setZoom(z);
  };
  const pan = (dx: number, dy: number) => setCenter((c) => ({ x: c.x + dx, y: c.y + dy }));
  const pickAt = (x: number, y: number) => onPick(round(toLatLng(x, y, zoom)));

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    pickAt(left + event.clientX - rect.left, top + event.clientY - rect.top);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [0, -PAN], ArrowDown: [0, PAN], ArrowLeft: [-PAN, 0], ArrowRight: [PAN, 0] };
    if (moves[event.key]) {
      event.preventDefault();
      pan(...moves[event.key]);
    } else if (event.key === '+' || event.key === '=') zoomTo(zoom + 1);
    else if (event.key === '-') zoomTo(zoom - 1);
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      pickAt(center.x, center.y);
    }
  };

  return (
    <div className="map">
      <p id="map-help" className="field__hint">
        {t('map.help')}
      </p>
      <div
        ref={ref}
        className="map__view"
        style={{ height: HEIGHT }}
        tabIndex={0}
        role="group"
        aria-label={t('map.label')}
        aria-describedby="map-help"
        onClick={onClick}
        onKeyDown={onKeyDown}
        data-testid="map"
      >
        {tiles.map(({ x, y }) => (
          <img
            key={`${zoom}/${x}/${y}`}
            src={tileUrl(config.tileUrl, zoom, x, y)}
            alt=""
            width={TILE}
            height={TILE}
            draggable={false}
            className="map__tile"
            style={{ left: x * TILE - left, top: y * TILE - top }}
          />
        ))}
        <span className="map__crosshair" aria-hidden="true" />
        {pin && <span className="map__pin" aria-hidden="true" style={{ left: pin.x - left, top: pin.y - top }} data-testid="map-pin" />}
      </div>
      <div className="map__controls">
        <button type="button" className="button button--small button--secondary" onClick={() => zoomTo(zoom + 1)} aria-label={t('map.zoomIn')}>
          +
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => zoomTo(zoom - 1)} aria-label={t('map.zoomOut')}>
          −
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => pickAt(center.x, center.y)}>
          {t('map.pinCenter')}
        </button>
      </div>
      <p className="map__attribution">{config.attribution}</p>
    </div>
  );
}

const round = ({ latitude, longitude }: { latitude: number; longitude: number }) => ({
  latitude: Number(latitude.toFixed(6)),
  longitude: Number(longitude.toFixed(6)),
});
