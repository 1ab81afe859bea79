/** Distances and service areas. Pure functions over plain data. */
import type { Municipality, Organisation } from '../content.config';

export interface Point {
  latitude: number;
  longitude: number;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * Does this organisation serve people living in this municipality?
 * With a service area: its regions, provinces or municipalities decide. Without one: only the
 * municipalities where it has a location. A service limited to some provinces never counts elsewhere.
 */
export function servesMunicipality(org: Pick<Organisation, 'serviceArea' | 'locations'>, m: Municipality): boolean {
  const area = org.serviceArea;
  if (area) {
    return area.regions.includes(m.region) || area.provinces.includes(m.province) || area.municipalities.includes(m.nis);
  }
  return org.locations.some((l) => l.municipality === m.nis);
}

/** The map point of a location: its own coordinates, or the municipality centre (approximate). */
export function locationPoint(
  location: Organisation['locations'][number],
  municipalityCentre: (nis: string) => Point | undefined,
): (Point & { approximate: boolean }) | undefined {
  if (location.latitude !== undefined && location.longitude !== undefined && !location.approximate) {
    return { latitude: location.latitude, longitude: location.longitude, approximate: false };
  }
  const centre = municipalityCentre(location.municipality);
  return centre ? { latitude: centre.latitude, longitude: centre.longitude, approximate: true } : undefined;
}
