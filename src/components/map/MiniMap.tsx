/**
 * Loads the small map only in the browser, once it scrolls into view (client:visible):
 * Leaflet needs `window`, and pages must not pay for it up front.
 */
import { useEffect, useState, type ComponentType } from 'react';
import type { MiniPoint } from './MiniMapView';
import type { Tiles } from './PointsMap';

type Props = { points: MiniPoint[]; tiles: Tiles; label: string };

export default function MiniMap(props: Props) {
  const [View, setView] = useState<ComponentType<Props>>();
  useEffect(() => {
    void import('./MiniMapView').then((m) => setView(() => m.default));
  }, []);
  return View ? <View {...props} /> : <div className="map small" aria-hidden="true" />;
}
