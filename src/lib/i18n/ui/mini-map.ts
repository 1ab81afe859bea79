/** Strings of the small map on organisation and municipality pages. */
import { defineStrings } from '../strings';

export const miniMapStrings = defineStrings({
  nl: { show: 'Toon op de kaart', approximate: '{name} (ongeveer)', approximateNote: 'Een stip met een stippellijn staat ongeveer: in het centrum van de gemeente.', tilesFailed: 'De achtergrondkaart is niet beschikbaar.', dataNote: 'De kaart laadt pas als je op de knop drukt. Zo spaar je mobiele data.' },
  fr: { show: 'Voir sur la carte', approximate: '{name} (environ)', approximateNote: 'Un point avec un bord en pointillé est approximatif : au centre de la commune.', tilesFailed: "Le fond de carte n'est pas disponible.", dataNote: 'La carte se charge seulement quand vous appuyez sur le bouton. Vous économisez ainsi des données mobiles.' },
  en: { show: 'Show on the map', approximate: '{name} (approximate)', approximateNote: 'A dot with a dotted border is approximate: at the centre of the municipality.', tilesFailed: 'The background map is not available.', dataNote: 'The map only loads when you press the button. This saves mobile data.' },
  ar: { show: 'اعرض على الخريطة', approximate: '{name} (تقريبًا)', approximateNote: 'النقطة ذات الحافة المنقطة موقعها تقريبي: في وسط البلدية.', tilesFailed: 'خلفية الخريطة غير متوفرة.', dataNote: 'لا تُحمَّل الخريطة إلا عندما تضغط على الزر. هكذا توفر بيانات الهاتف.' },
});
