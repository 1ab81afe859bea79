/** Strings of the "Bewaar in mijn lijst" button on content pages. */
import { defineStrings } from '../strings';

export const saveStrings = defineStrings({
  nl: { save: 'Bewaar in mijn lijst', remove: 'Haal uit mijn lijst', saved: '✓ In mijn lijst', view: 'Bekijk mijn lijst ({count})', added: '{name} staat nu in je lijst.', removed: '{name} is uit je lijst gehaald.', unreadable: 'Wat eerder in deze browser bewaard was, konden we niet lezen. Je begint opnieuw.' },
  fr: { save: 'Garder dans ma liste', remove: 'Retirer de ma liste', saved: '✓ Dans ma liste', view: 'Voir ma liste ({count})', added: '{name} est maintenant dans votre liste.', removed: '{name} a été retiré de votre liste.', unreadable: "Ce qui était gardé dans ce navigateur n'a pas pu être lu. Vous recommencez." },
  en: { save: 'Save to my list', remove: 'Remove from my list', saved: '✓ In my list', view: 'See my list ({count})', added: '{name} is now in your list.', removed: '{name} was removed from your list.', unreadable: 'What was saved in this browser before could not be read. You start again.' },
  ar: { save: 'احفظ في قائمتي', remove: 'احذف من قائمتي', saved: '✓ في قائمتي', view: 'اعرض قائمتي ({count})', added: '{name} الآن في قائمتك.', removed: 'تم حذف {name} من قائمتك.', unreadable: 'لم نتمكن من قراءة ما حُفظ سابقًا في هذا المتصفح. ستبدأ من جديد.' },
});
