/**
 * Fields that name another entry. The editor shows them as a pick list instead of a text box.
 * They are the same fields src/lib/validate.ts checks in `checkReferences`; a unit test feeds the
 * validator an unknown id in each of them and fails when the two lists differ.
 */
import type { CollectionName } from '../../content.config';

export interface Reference {
  collection: CollectionName;
  /** The field of the target stored here: its file name (`{{slug}}`) or `nis`. */
  valueField: '{{slug}}' | 'nis';
  displayFields: string[];
  searchFields: string[];
}

const serviceType: Reference = { collection: 'service-types', valueField: '{{slug}}', displayFields: ['name'], searchFields: ['name'] };
const right: Reference = { collection: 'rights', valueField: '{{slug}}', displayFields: ['title'], searchFields: ['title'] };
const municipality: Reference = { collection: 'municipalities', valueField: 'nis', displayFields: ['{{name}} ({{nis}})'], searchFields: ['name', 'nameFr', 'nis'] };

/** Collection → field path (list items transparent) → what it points to. */
export const REFERENCES: Partial<Record<CollectionName, Record<string, Reference>>> = {
  needs: { 'serviceTypes.type': serviceType, rights: right },
  organisations: {
    type: serviceType,
    rights: right,
    'locations.municipality': municipality,
    'serviceArea.municipalities': municipality,
  },
  rights: { grantingServiceTypes: serviceType, unlocks: right, municipalities: municipality },
};
