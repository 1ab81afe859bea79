/**
 * A small map of a few places (an organisation's locations, a municipality's organisations).
 * The address text next to it stays the accessible version; the map is an extra.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useState } from 'react';
import { MapContainer, Marker, TileLayer, Tooltip } from 'react-leaflet';
import type { Formality } from '../../content.config';
import type { Tiles } from './PointsMap';

export interface MiniPoint {
  latitude: number;
  longitude: number;
  name: string;
  formality: Formality;
  approximate: boolean;
  href?: string;
}

const icon = (p: MiniPoint) =>
  L.divIcon({ className: `marker marker-${p.formality}${p.approximate ? ' marker-approximate' : ''}`, html: '<span></span>', iconSize: [28, 28], iconAnchor: [14, 14] });

export default function MiniMapView({ points, tiles, label }: { points: MiniPoint[]; tiles: Tiles; label: string }) {
  const [tilesFailed, setTilesFailed] = useState(false);
  const lats = points.map((p) => p.latitude);
  const lngs = points.map((p) => p.longitude);
  const bounds = L.latLngBounds([Math.min(...lats), Math.min(...lngs)], [Math.max(...lats), Math.max(...lngs)]).pad(0.3);
  return (
    <figure className="mini-map">
      <MapContainer bounds={bounds} maxZoom={15} scrollWheelZoom={false} className="map small" aria-label={label}>
        <TileLayer url={tiles.url} attribution={tiles.attribution} eventHandlers={{ tileerror: () => setTilesFailed(true) }} />
        {points.map((p, i) => (
          <Marker key={i} position={[p.latitude, p.longitude]} icon={icon(p)} title={p.name} alt={p.name} eventHandlers={p.href ? { click: () => (window.location.href = p.href!) } : {}}>
            <Tooltip>{p.approximate ? `${p.name} (ongeveer)` : p.name}</Tooltip>
          </Marker>
        ))}
      </MapContainer>
      <figcaption className="meta">
        {points.some((p) => p.approximate) && 'Een stip met een stippellijn staat ongeveer: in het centrum van de gemeente. '}
        {tilesFailed && 'De achtergrondkaart is niet beschikbaar.'}
      </figcaption>
    </figure>
  );
}
