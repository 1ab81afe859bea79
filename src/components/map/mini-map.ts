/**
 * The small map, drawn with plain Leaflet. Loaded only when someone asks for it (MapOnDemand), so
 * a page stays small and no tile is requested from the tile server before that.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { Formality } from '../../content.config';

export interface MiniPoint {
  latitude: number;
  longitude: number;
  name: string;
  formality: Formality;
  approximate: boolean;
  /** Where a click on the marker leads (a municipality's map links to each organisation). */
  href?: string;
}

export interface MiniMapStrings {
  approximate: string;
  approximateNote: string;
  tilesFailed: string;
}

export function mountMiniMap(slot: HTMLElement, points: MiniPoint[], tiles: { url: string; attribution: string }, label: string, strings: MiniMapStrings) {
  const figure = document.createElement('figure');
  figure.className = 'mini-map';
  const container = document.createElement('div');
  container.className = 'map small';
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', label);
  const caption = document.createElement('figcaption');
  caption.className = 'meta';
  if (points.some((p) => p.approximate)) caption.textContent = strings.approximateNote;
  figure.append(container, caption);
  slot.replaceChildren(figure);

  const bounds = L.latLngBounds(points.map((p) => [p.latitude, p.longitude] as [number, number])).pad(0.3);
  const map = L.map(container, { maxZoom: 15, scrollWheelZoom: false }).fitBounds(bounds);
  let failed = false;
  L.tileLayer(tiles.url, { attribution: tiles.attribution })
    .on('tileerror', () => {
      if (failed) return;
      failed = true;
      caption.textContent = `${caption.textContent} ${strings.tilesFailed}`.trim();
    })
    .addTo(map);
  for (const p of points) {
    const icon = L.divIcon({ className: `marker marker-${p.formality}${p.approximate ? ' marker-approximate' : ''}`, html: '<span></span>', iconSize: [28, 28], iconAnchor: [14, 14] });
    const marker = L.marker([p.latitude, p.longitude], { icon, title: p.name, alt: p.name }).addTo(map);
    marker.bindTooltip(p.approximate ? strings.approximate.replace('{name}', p.name) : p.name);
    if (p.href) marker.on('click', () => (window.location.href = p.href!));
  }
  return map;
}
