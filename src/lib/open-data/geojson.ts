/**
 * /open-data/locaties.geojson: every location that may be shown, as a GeoJSON point (RFC 7946,
 * longitude first). Confidential locations are left out completely: not even their municipality
 * centre, so nobody can count shelters per town. A location without an exact point sits at its
 * municipality centre (from GeoNames) with `approximate: true`.
 */
import type { Catalog } from '../catalog';
import { formalityLabel } from '../labels';
import type { OrganisationEntry } from './export-hsds';
import { DATASET_TITLE, isoDate, LICENCE } from './licence';
import { STATUS_LABEL } from './flat-csv';
import { uuidV5 } from './uuid';

export interface LocationFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | number | boolean | string[] | null>;
}

export function buildGeoJson(catalog: Catalog, siteUrl: string) {
  const features: LocationFeature[] = [];
  for (const o of catalog.organisations as OrganisationEntry[]) {
    const d = o.data;
    d.locations.forEach((location, i) => {
      if (location.confidential) return;
      const point = catalog.pointOf(location);
      const municipality = catalog.municipalityByNis(location.municipality)?.data;
      if (!point || !municipality) return;
      features.push({
        type: 'Feature',
        id: uuidV5(`location/${i}`, d.id),
        geometry: { type: 'Point', coordinates: [point.longitude, point.latitude] },
        properties: {
          organisation_id: d.id,
          name: location.name ? `${d.name}, ${location.name}` : d.name,
          type: d.type,
          type_name: catalog.serviceType(d.type)?.data.name ?? d.type,
          formality: d.formality,
          formality_label: formalityLabel[d.formality],
          status: d.status,
          status_label: STATUS_LABEL[d.status],
          domains: d.domains,
          target_groups: d.targetGroups,
          street: location.street ?? null,
          postcode: location.postcode ?? null,
          municipality: municipality.name,
          nis: location.municipality,
          approximate: point.approximate,
          phone: d.phones[0]?.number ?? null,
          website: d.website ?? null,
          page: new URL(`/organisatie/${o.id}/`, siteUrl).href,
          last_checked: isoDate(d.lastChecked),
        },
      });
    });
  }
  return {
    type: 'FeatureCollection' as const,
    name: DATASET_TITLE,
    license: LICENCE.name,
    attribution: LICENCE.attribution,
    features,
  };
}
