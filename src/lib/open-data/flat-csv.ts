/**
 * The simple CSV for spreadsheets (/open-data/wegwijzer.csv): one row per location, Dutch column
 * names, semicolons between columns (as Excel in Belgium expects), " | " between values in a cell.
 * The importer reads the same columns back, so a spreadsheet can go out and come in again.
 * The column list and the cell formats below are the documented header (see the Open data page).
 */
import type { Organisation } from '../../content.config';
import type { Catalog } from '../catalog';
import { accessLabel, flagLabel, formalityLabel, provinceLabel, regionLabel, targetGroupLabel } from '../labels';
import type { WEEKDAYS } from '../vocabulary';
import { toCsv, type CsvValue } from './csv';
import type { OrganisationEntry } from './export-hsds';
import { isoDate } from './licence';

export const FLAT_COLUMNS = [
  'id',
  'naam',
  'andere_namen',
  'soort',
  'formaliteit',
  'status',
  'levensdomeinen',
  'doelgroepen',
  'samenvatting',
  'aanvulling',
  'let_op',
  'vertalingen',
  'locatie_naam',
  'straat',
  'postcode',
  'gemeente',
  'nis',
  'breedtegraad',
  'lengtegraad',
  'bij_benadering',
  'adres_geheim',
  'vervoer',
  'toegankelijkheid',
  'werkgebied',
  'telefoon',
  'email',
  'website',
  'openingsuren',
  'talen',
  'kosten',
  'toegang',
  'aanmelden',
  'documenten',
  'kenmerken',
  'rechten',
  'onvolledig',
  'laatst_gecontroleerd',
  'bronnen',
  'pagina',
] as const;

export type FlatColumn = (typeof FLAT_COLUMNS)[number];

/** What each column holds: shown on the Open data page and used in import messages. */
export const FLAT_COLUMN_HELP: Record<FlatColumn, string> = {
  id: 'vaste UUID van de organisatie (leeg bij nieuwe rijen: de import maakt er een)',
  naam: 'naam van de dienst of groep (verplicht)',
  andere_namen: 'andere namen, gescheiden door |',
  soort: 'soort dienst: naam of id uit "Welke dienst doet wat?" (bijvoorbeeld ocmw)',
  formaliteit: 'Formeel, Semi-formeel of Informeel',
  status: 'actief, tijdelijk gesloten of niet meer actief (leeg = actief)',
  levensdomeinen: 'levensdomeinen, gescheiden door |',
  doelgroepen: 'doelgroepen, gescheiden door |',
  samenvatting: 'één zin: waarvoor kan je er terecht?',
  aanvulling: 'voor informele hulp: hoe vult ze formele hulp aan?',
  let_op: 'wat mensen vaak verkeerd begrijpen',
  vertalingen: 'teksten in het Frans, Engels en Arabisch, als JSON zoals het veld translations: {"fr": {"name": "...", "summary": "..."}}',
  locatie_naam: 'naam van de plek, als die anders is',
  straat: 'straat en nummer',
  postcode: 'postcode (4 cijfers)',
  gemeente: 'gemeente',
  nis: 'NIS-code van de gemeente (5 cijfers)',
  breedtegraad: 'breedtegraad (WGS84, punt als decimaalteken)',
  lengtegraad: 'lengtegraad (WGS84, punt als decimaalteken)',
  bij_benadering: 'ja als de plek op de kaart het midden van de gemeente is',
  adres_geheim: 'ja als het adres geheim is (opvang): dan staan straat en punt er niet in',
  vervoer: 'hoe je er geraakt met het openbaar vervoer',
  toegankelijkheid: 'toegankelijkheid, gescheiden door |',
  werkgebied: 'waar ze helpen: "gewest Vlaanderen", "provincie Antwerpen" of "gemeente Gent (44021)", gescheiden door |',
  telefoon: 'telefoonnummers, gescheiden door |; uitleg tussen haakjes: 09 266 99 11 (ma-vr)',
  email: 'e-mailadres',
  website: 'website (https://...)',
  openingsuren: 'bijvoorbeeld "ma, wo 09:00-12:00 | do 13:00-16:00 (zonder afspraak)"',
  talen: 'gesproken talen: ISO-codes of namen, gescheiden door |',
  kosten: 'wat het kost, in woorden',
  toegang: 'hoe je binnenkomt, gescheiden door |',
  aanmelden: 'hoe je je aanmeldt, in woorden',
  documenten: 'mee te brengen papieren, gescheiden door |',
  kenmerken: 'kenmerken zoals Gratis of Zonder afspraak, gescheiden door |',
  rechten: 'rechten (id) waarbij ze helpen, gescheiden door |',
  onvolledig: 'ja als adres, telefoon of uren ontbreken',
  laatst_gecontroleerd: 'datum van de laatste controle (JJJJ-MM-DD)',
  bronnen: 'bronnen, gescheiden door |: "Titel <https://...> [plaats in het document]"',
  pagina: 'pagina op Wegwijzer (alleen bij export)',
};

export const LIST_SEPARATOR = ' | ';
export const joinList = (values: readonly string[]) => values.join(LIST_SEPARATOR);
export const splitList = (cell: string) =>
  cell
    .split('|')
    .map((v) => v.trim())
    .filter(Boolean);

export const yesNo = (value: boolean | undefined) => (value ? 'ja' : 'nee');
export const STATUS_LABEL: Record<Organisation['status'], string> = { active: 'actief', 'temporarily-closed': 'tijdelijk gesloten', inactive: 'niet meer actief' };

type Weekday = (typeof WEEKDAYS)[number];
type Block = { days: Weekday[]; opens: string; closes: string; note?: string };

export const formatHours = (blocks: readonly Block[]) => joinList(blocks.map((b) => `${b.days.join(', ')} ${b.opens}-${b.closes}${b.note ? ` (${b.note})` : ''}`));

export const formatPhones = (phones: Organisation['phones']) => joinList(phones.map((p) => (p.label ? `${p.number} (${p.label})` : p.number)));

export const formatSources = (sources: Organisation['sources']) => joinList(sources.map((s) => [s.title, s.url && `<${s.url}>`, s.ref && `[${s.ref}]`].filter(Boolean).join(' ')));

export function parseSource(cell: string): { title: string; url?: string; ref?: string } {
  const url = /<([^>]+)>/.exec(cell)?.[1]?.trim();
  const ref = /\[([^\]]+)\]\s*$/.exec(cell)?.[1]?.trim();
  const title = cell.replace(/<[^>]+>/, '').replace(/\[[^\]]+\]\s*$/, '').replace(/\s+/g, ' ').trim();
  return { title, ...(url ? { url } : {}), ...(ref ? { ref } : {}) };
}

export function flatRows(catalog: Catalog, siteUrl: string): Record<FlatColumn, CsvValue>[] {
  return (catalog.organisations as OrganisationEntry[]).flatMap((o) => {
    const d = o.data;
    const area = d.serviceArea;
    const common: Partial<Record<FlatColumn, CsvValue>> = {
      id: d.id,
      naam: d.name,
      andere_namen: joinList(d.alternateNames),
      soort: catalog.serviceType(d.type)?.data.name ?? d.type,
      formaliteit: formalityLabel[d.formality],
      status: STATUS_LABEL[d.status],
      levensdomeinen: joinList(d.domains.map((id) => catalog.domain(id)?.data.name ?? id)),
      doelgroepen: joinList(d.targetGroups.map((t) => targetGroupLabel[t])),
      samenvatting: d.summary,
      aanvulling: d.complements,
      let_op: d.caution,
      vertalingen: Object.keys(d.translations).length > 0 ? JSON.stringify(d.translations) : '',
      werkgebied: area
        ? joinList([
            ...area.regions.map((r) => `gewest ${regionLabel[r]}`),
            ...area.provinces.map((p) => `provincie ${provinceLabel[p]}`),
            ...area.municipalities.map((nis) => `gemeente ${catalog.municipalityByNis(nis)?.data.name ?? ''} (${nis})`),
          ])
        : '',
      telefoon: formatPhones(d.phones),
      email: d.email,
      website: d.website,
      openingsuren: formatHours(d.openingHours?.regular ?? []),
      talen: joinList(d.languages),
      kosten: d.cost,
      toegang: joinList(d.access.map((a) => accessLabel[a])),
      aanmelden: d.accessNote,
      documenten: joinList(d.documents),
      kenmerken: joinList(d.flags.map((f) => flagLabel[f])),
      rechten: joinList(d.rights),
      onvolledig: yesNo(d.incomplete),
      laatst_gecontroleerd: isoDate(d.lastChecked),
      bronnen: formatSources(d.sources),
      pagina: new URL(`/organisatie/${o.id}/`, siteUrl).href,
    };
    if (d.locations.length === 0) return [common as Record<FlatColumn, CsvValue>];
    return d.locations.map((l) => {
      const exact = !l.confidential && !l.approximate && l.latitude !== undefined;
      return {
        ...common,
        locatie_naam: l.confidential ? '' : l.name,
        straat: l.confidential ? '' : l.street,
        postcode: l.confidential ? '' : l.postcode,
        gemeente: catalog.municipalityByNis(l.municipality)?.data.name ?? '',
        nis: l.municipality,
        breedtegraad: exact ? l.latitude : '',
        lengtegraad: exact ? l.longitude : '',
        bij_benadering: yesNo(!exact),
        adres_geheim: yesNo(l.confidential),
        vervoer: l.confidential ? '' : l.transport,
        toegankelijkheid: joinList(l.accessibility),
      } as Record<FlatColumn, CsvValue>;
    });
  });
}

export const flatCsv = (catalog: Catalog, siteUrl: string) => toCsv(FLAT_COLUMNS, flatRows(catalog, siteUrl), { delimiter: ';', bom: true });
