/**
 * Stable identifiers for open data. Organisations carry their own UUID; everything derived from
 * them (their HSDS organization, locations, phones, ...) gets a UUID v5 computed from that UUID and
 * a name such as "location/0", so the same content yields the same ids in every build.
 */
import { createHash } from 'node:crypto';

/** Namespace for ids that belong to Wegwijzer as a whole (taxonomy terms, rights, imports). */
export const WEGWIJZER_NAMESPACE = '4e7a89e6-8435-444d-8e6a-1feaa596dd7a';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** RFC 9562 UUID version 5 (SHA-1) of `name` within `namespace`. */
export function uuidV5(name: string, namespace: string = WEGWIJZER_NAMESPACE): string {
  if (!isUuid(namespace)) throw new Error(`uuidV5: namespace "${namespace}" is not a UUID`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
