/// <reference types="leaflet.markercluster" />
/**
 * The Leaflet map: clustered markers coloured by formality; approximate points look different.
 * Tiles come from configuration; when they fail, a quiet notice appears and everything else works.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useMemo, useRef } from 'react';
import { MapContainer, Marker, Popup, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import MarkerClusterGroup from 'react-leaflet-cluster';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.css';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.Default.css';
import { translator, type Locale } from '../../lib/i18n';
import { mapStrings } from '../../lib/i18n/ui/places';
import type { Bounds } from '../../lib/map/filter';
import type { MapPoint } from '../../lib/map/points';
import { PointPopup } from './PointPopup';

export interface Tiles {
  url: string;
  attribution: string;
}

export interface MapView {
  center: [number, number];
  zoom: number;
  /** Fit these bounds instead of center and zoom. */
  fit?: [[number, number], [number, number]];
  /** Open this point's popup after moving. */
  openId?: string;
  /** Changes on every request, so the same view can be asked twice. */
  nonce: number;
}

interface Props {
  points: MapPoint[];
  tiles: Tiles;
  view: MapView;
  onBounds: (b: Bounds) => void;
  onTilesFailed: () => void;
  /** The page's language; Dutch when left out. */
  locale?: Locale;
  /** Dutch text of the point file → the page's language. */
  translations?: Record<string, string>;
}

const icon = (p: MapPoint) =>
  L.divIcon({
    className: `marker marker-${p.formality}${p.approximate ? ' marker-approximate' : ''}`,
    html: '<span></span>',
    iconSize: [28, 28],
    iconAnchor: [14, 14],
    popupAnchor: [0, -10],
  });

interface ViewControlProps {
  view: MapView;
  onBounds: Props['onBounds'];
  markers: React.RefObject<Map<string, L.Marker>>;
  cluster: React.RefObject<L.MarkerClusterGroup | null>;
}

function ViewControl({ view, onBounds, markers, cluster }: ViewControlProps) {
  const map = useMap();
  const report = () => {
    const b = map.getBounds();
    onBounds({ south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() });
  };
  useMapEvents({ moveend: report });
  useEffect(report, []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (view.nonce === 0) return;
    const apply = () => {
      const marker = view.openId ? markers.current.get(view.openId) : undefined;
      if (marker && cluster.current) {
        // Zooms in or spiderfies until the marker is visible, then opens it.
        cluster.current.zoomToShowLayer(marker, () => marker.openPopup());
      } else if (view.fit) {
        map.fitBounds(view.fit, { padding: [20, 20] });
      } else {
        map.setView(view.center, view.zoom);
      }
    };
    // A request during a zoom animation would be lost: wait for the animation to end.
    if ((map as unknown as { _animatingZoom?: boolean })._animatingZoom) map.once('zoomend', apply);
    else apply();
  }, [view.nonce]); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
}

export function PointsMap({ points, tiles, view, onBounds, onTilesFailed, locale = 'nl', translations }: Props) {
  const markers = useRef(new Map<string, L.Marker>());
  const cluster = useRef<L.MarkerClusterGroup | null>(null);
  const failed = useRef(false);
  const items = useMemo(
    () =>
      points.map((p) => {
        const name = translations?.[p.name] ?? p.name;
        return (
          <Marker
            key={p.id}
            position={[p.latitude, p.longitude]}
            icon={icon(p)}
            title={p.approximate ? `${name} ${translator(mapStrings, locale)('approximate')}` : name}
            alt={name}
            keyboard
            ref={(m) => {
              if (m) markers.current.set(p.id, m);
              else markers.current.delete(p.id);
            }}
          >
            <Popup>
              <PointPopup point={p} locale={locale} translations={translations} />
            </Popup>
          </Marker>
        );
      }),
    [points, locale, translations],
  );
  return (
    <MapContainer center={view.center} zoom={view.zoom} scrollWheelZoom={false} className="map" keyboard>
      <TileLayer
        url={tiles.url}
        attribution={tiles.attribution}
        eventHandlers={{
          tileerror: () => {
            if (!failed.current) {
              failed.current = true;
              onTilesFailed();
            }
          },
        }}
      />
      <MarkerClusterGroup ref={cluster} chunkedLoading showCoverageOnHover={false} spiderfyDistanceMultiplier={2}>
        {items}
      </MarkerClusterGroup>
      <ViewControl view={view} onBounds={onBounds} markers={markers} cluster={cluster} />
    </MapContainer>
  );
}
