/** Spoken languages as other data writes them: "fr", "fra", "French", "Frans", "français". */
import { languageLabel } from '../../labels';
import { matchKey } from './clean';

/** ISO 639-2/3 codes of languages that also have a two-letter code (we keep the shorter one). */
const THREE_TO_TWO: Record<string, string> = {
  nld: 'nl', dut: 'nl', fra: 'fr', fre: 'fr', eng: 'en', deu: 'de', ger: 'de', ara: 'ar', tur: 'tr', spa: 'es', por: 'pt',
  ita: 'it', pol: 'pl', ron: 'ro', rum: 'ro', bul: 'bg', rus: 'ru', ukr: 'uk', fas: 'fa', per: 'fa', pus: 'ps', som: 'so',
  tir: 'ti', amh: 'am', kur: 'ku', sqi: 'sq', alb: 'sq', lin: 'ln', swa: 'sw', urd: 'ur', hin: 'hi', zho: 'zh', chi: 'zh', vie: 'vi',
};

const byName = new Map<string, string>();
for (const code of Object.keys(languageLabel)) {
  byName.set(matchKey(languageLabel[code]!), code);
  for (const locale of ['en', 'fr', 'nl']) {
    try {
      const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
      if (name && name !== code) byName.set(matchKey(name), code);
    } catch {
      // A runtime without this locale simply knows fewer names.
    }
  }
}

/** Our language code, or undefined when the value names no language we can recognise. */
export function languageCode(value: string): string | undefined {
  const key = matchKey(value).replace(/^([a-z]{2,3}) [a-z]{2}$/, '$1'); // "nl-BE" → "nl"
  if (/^[a-z]{2}$/.test(key)) return key;
  if (/^[a-z]{3}$/.test(key)) return THREE_TO_TWO[key] ?? key;
  return byName.get(key);
}
