/**
 * Phone numbers as people write them ("09/266.99.11", "+32 (0)9 266 99 11", "0032 9 2669911",
 * "tel. 09-266-99-11") into one Belgian way of writing: "09 266 99 11", "0475 31 04 49",
 * "0800 13 500", short numbers ("106", "1712") as they are, foreign numbers as "+31 20 ...".
 */

export type PhoneResult = { ok: true; national: string; international: string } | { ok: false; reason: string };

/** Zones with a one-digit area code: Brussels, Antwerpen, Luik, Gent. */
const ONE_DIGIT_ZONES = new Set(['2', '3', '4', '9']);

const group = (digits: string, sizes: number[]) => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.filter(Boolean).join(' ');
};

/** Belgian number without its leading 0 (8 or 9 digits) in the usual national grouping. */
function belgianNational(significant: string): string {
  if (significant.length === 9 && significant.startsWith('4')) return `0${group(significant, [3, 2, 2, 2])}`;
  if (/^(800|90\d)/.test(significant)) return `0${group(significant, [3, 2, 3])}`;
  if (ONE_DIGIT_ZONES.has(significant[0]!)) return `0${group(significant, [1, 3, 2, 2])}`;
  return `0${group(significant, [2, 2, 2, 2])}`;
}

export function normalisePhone(raw: string): PhoneResult {
  const text = raw.trim().replace(/^(tel(efoon)?|t|gsm|phone|tél(éphone)?)\.?\s*:?\s*/i, '');
  if (!text) return { ok: false, reason: 'is empty' };
  if (/[a-z]/i.test(text)) return { ok: false, reason: `"${raw.trim()}" contains letters: give only the number` };
  if (!/^[+\d\s()./-]+$/.test(text)) return { ok: false, reason: `"${raw.trim()}" contains characters that do not belong in a phone number` };
  const international = text.trim().startsWith('+') || text.trim().startsWith('00');
  let digits = text.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (!international) {
    if (/^(1\d{2,3}|112)$/.test(digits)) return { ok: true, national: digits, international: digits };
    if (!digits.startsWith('0')) return { ok: false, reason: `"${raw.trim()}" is not a Belgian number: start with 0 (e.g. 09 266 99 11) or with the country code (+32)` };
    digits = digits.slice(1);
    if (digits.length !== 8 && digits.length !== 9) return { ok: false, reason: `"${raw.trim()}" has ${digits.length + 1} digits; a Belgian number has 9 or 10` };
    const national = belgianNational(digits);
    return { ok: true, national, international: `+32 ${national.slice(1)}` };
  }
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (digits.startsWith('32')) {
    const significant = digits.slice(2).replace(/^0/, '');
    if (significant.length !== 8 && significant.length !== 9) return { ok: false, reason: `"${raw.trim()}" is not a complete Belgian number (+32 and 8 or 9 digits)` };
    const national = belgianNational(significant);
    return { ok: true, national, international: `+32 ${national.slice(1)}` };
  }
  if (digits.length < 8 || digits.length > 15) return { ok: false, reason: `"${raw.trim()}" is not a complete international number` };
  // Foreign numbers: country codes have 1 to 3 digits, so any grouping could mislead; keep the digits.
  return { ok: true, national: `+${digits}`, international: `+${digits}` };
}
