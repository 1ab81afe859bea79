/**
 * schema.org JSON-LD for organisation pages, so search engines can send people to the right page.
 * Formal services are a GovernmentService with the organisation as provider; informal and
 * semi-formal initiatives are an Organization. Hidden addresses (shelters) give only the
 * municipality; points that are only the municipality centre give no coordinates. Pure.
 */
import type { Location, Organisation } from '../../content.config';
import { provinceLabel, regionLabel } from '../labels';
import type { WEEKDAYS } from '../vocabulary';

const DAYS: Record<(typeof WEEKDAYS)[number], string> = {
  ma: 'https://schema.org/Monday',
  di: 'https://schema.org/Tuesday',
  wo: 'https://schema.org/Wednesday',
  do: 'https://schema.org/Thursday',
  vr: 'https://schema.org/Friday',
  za: 'https://schema.org/Saturday',
  zo: 'https://schema.org/Sunday',
};

export interface JsonLdContext {
  /** Absolute URL of the organisation's page. */
  pageUrl: string;
  serviceTypeName: string;
  municipalityName: (nis: string) => string | undefined;
}

type Json = Record<string, unknown>;

export function openingHoursSpecification(o: Organisation): Json[] {
  return (o.openingHours?.regular ?? []).map((block) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: block.days.map((d) => DAYS[d]),
    opens: block.opens,
    closes: block.closes,
  }));
}

function address(l: Location, municipality: string | undefined): Json {
  const visible = !l.confidential;
  return {
    '@type': 'PostalAddress',
    ...(visible && l.street ? { streetAddress: l.street } : {}),
    ...(visible && l.postcode ? { postalCode: l.postcode } : {}),
    ...(municipality ? { addressLocality: municipality } : {}),
    addressCountry: 'BE',
  };
}

function place(o: Organisation, l: Location, ctx: JsonLdContext, hours: Json[]): Json {
  const exact = !l.confidential && !l.approximate && l.latitude !== undefined && l.longitude !== undefined;
  return {
    '@type': 'Place',
    name: l.name ?? o.name,
    address: address(l, ctx.municipalityName(l.municipality)),
    ...(exact ? { geo: { '@type': 'GeoCoordinates', latitude: l.latitude, longitude: l.longitude } } : {}),
    ...(hours.length ? { openingHoursSpecification: hours } : {}),
  };
}

export function areaServed(o: Organisation, ctx: JsonLdContext): Json[] {
  const area = o.serviceArea;
  const names = area
    ? [
        ...area.regions.map((r) => (r === 'brussel' ? 'Brussels Hoofdstedelijk Gewest' : regionLabel[r])),
        ...area.provinces.filter((p) => p !== 'brussel').map((p) => `Provincie ${provinceLabel[p]}`),
        ...area.municipalities.map((m) => ctx.municipalityName(m) ?? m),
      ]
    : o.locations.map((l) => ctx.municipalityName(l.municipality) ?? l.municipality);
  return [...new Set(names)].map((name) => ({ '@type': 'AdministrativeArea', name }));
}

export function organisationJsonLd(o: Organisation, ctx: JsonLdContext): Json {
  const hours = openingHoursSpecification(o);
  const organisation: Json = {
    '@type': o.formality === 'formal' ? 'GovernmentOrganization' : 'Organization',
    name: o.name,
    ...(o.alternateNames.length ? { alternateName: o.alternateNames } : {}),
    ...(o.website ? { url: o.website } : {}),
    ...(o.email ? { email: o.email } : {}),
    ...(o.phones[0] ? { telephone: o.phones[0].number } : {}),
    ...(o.locations.length ? { location: o.locations.map((l) => place(o, l, ctx, hours)) } : {}),
  };
  if (o.formality !== 'formal') {
    return {
      '@context': 'https://schema.org',
      ...organisation,
      '@id': `${ctx.pageUrl}#organisatie`,
      description: o.summary,
      mainEntityOfPage: ctx.pageUrl,
      areaServed: areaServed(o, ctx),
      knowsLanguage: o.languages,
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': `${ctx.pageUrl}#dienst`,
    name: o.name,
    description: o.summary,
    url: ctx.pageUrl,
    serviceType: ctx.serviceTypeName,
    areaServed: areaServed(o, ctx),
    ...(hours.length ? { hoursAvailable: hours } : {}),
    provider: organisation,
  };
}
