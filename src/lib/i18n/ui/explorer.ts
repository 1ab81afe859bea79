/**
 * Strings of the home page, the crisis page and the "wie doet wat?" explorer, in all four
 * languages (Arabic is complete here: these are the flows a newcomer who reads Arabic needs most).
 *
 * `explorerStrings` is for the Astro views; `nearbyStrings` and `cardLabels` are for the islands
 * (PlaceForm, NeedNearby, NearbyCard), so the browser only loads what it shows.
 * Placeholders are written {name}; `fillSlots` puts links or other elements in their place.
 */
import type { ACCESS_MODES, FLAGS, FORMALITIES } from '../../vocabulary';
import { labelsFor } from '../labels';
import type { Locale } from '../locales';
import { parsePath } from '../routes';
import { defineStrings } from '../strings';

// ---------------------------------------------------------------------------------------------
// Views: home, crisis, explorer steps 1-3
// ---------------------------------------------------------------------------------------------

const nl = {
  // Home
  homeH1: 'Waar vind je hulp?',
  homeLead: 'Kies waar je vraag over gaat. Je ziet welke dienst wat doet, welke groepen en vrijwilligers in je buurt helpen, en op welke rechten je misschien recht hebt.',
  topicQuestion: 'Waar gaat je vraag over?',
  homeAboutTitle: 'Wat is Wegwijzer?',
  homeAbout1: 'Er zijn veel diensten: het OCMW, het CAW, het Huis van het Kind, het ziekenfonds en nog veel meer. Er zijn ook groepen van vrijwilligers en buren die helpen. Vaak weet je niet wie wat doet.',
  homeAbout2: 'Wegwijzer zet ze samen op één plaats, in eenvoudige taal. Je kunt een pagina afdrukken of doorsturen. Wegwijzer is gratis, gebruikt geen cookies en volgt je niet.',
  homeLinkExplorer: 'Wie doet wat? Stap voor stap naar de juiste dienst',
  homeLinkServiceTypes: 'Alle soorten diensten: wat doen ze, en wat niet?',
  homeMunicipalityOrMap: '{municipality} of {map}',
  homeLinkMunicipality: 'Zoek hulp in jouw gemeente',
  homeLinkMap: 'bekijk de kaart',
  homeLinkRights: 'Rechten die je misschien hebt',
  homeVolunteersTitle: 'Voor vrijwilligers en hulpverleners',
  homeVolunteersText: 'Je helpt een gezin de weg te vinden? Deze hulpmiddelen bewaren alles op je eigen toestel. Er gaat niets naar ons.',
  toolsInDutch: 'Deze hulpmiddelen zijn (nog) alleen in het Nederlands.',
  toolMyList: 'Mijn lijst',
  toolMyListText: '{link}: bewaar adressen, druk ze af op één blad of stuur ze door',
  toolNetworkMap: 'Netwerkkaart',
  toolNetworkMapText: '{link}: breng samen met het gezin in kaart wie helpt, en waar nog niemand is',
  toolActionPlan: 'Handelingsplan',
  toolActionPlanText: '{link}: zet samen doelen, stappen en wie kan helpen op papier',
  /** After a link to a page that is not in the page's language. */
  inLanguage_nl: '(in het Nederlands)',
  inLanguage_en: '(in het Engels)',

  // Crisis page
  crisisTitle: 'Dringend hulp nodig?',
  crisisDescription: 'Noodnummers en hulp bij een crisis, dag en nacht.',
  crisisKeywords: 'noodnummer crisis nood geweld zelfmoord noodgeval urgent',
  crisisLead: 'Deze nummers zijn gratis. Je mag altijd bellen, ook zonder papieren.',
  crisis112: 'Levensgevaar, een ongeval, brand, of iemand is heel ziek. Dag en nacht.',
  crisis1712: 'Geweld, misbruik of kindermishandeling. Je mag anoniem bellen. Ook voor vragen of twijfels.',
  crisis106: 'Tele-Onthaal: iemand die luistert als je met je zorgen of gevoelens blijft zitten. Dag en nacht, anoniem.',
  crisis1813: 'Zelfmoordlijn: als je denkt aan zelfdoding, of als je je zorgen maakt om iemand. Dag en nacht.',
  crisisCaw: 'Het Centrum Algemeen Welzijnswerk helpt bij elke vraag over welzijn: geen slaapplaats, geweld, schulden, relaties. Bel gratis {phone} of kijk op {website}.',
  crisisUrgentQuestions: 'Dringende vragen',

  // Crisis banner on urgent questions
  bannerTitle: 'Is het dringend?',
  banner112: 'Levensgevaar, brand, ongeval: bel {tel}.',
  banner1712: 'Geweld, misbruik of kindermishandeling: bel {tel} (gratis, anoniem).',
  banner106: 'Wil je met iemand praten: bel Tele-Onthaal {tel}.',
  banner1813: 'Denk je aan zelfdoding: bel de Zelfmoordlijn {tel}.',
  bannerAll: 'Alle hulp bij een crisis',

  // Explorer start
  explorerTitle: 'Wie doet wat?',
  explorerDescription: 'Van één vraag naar de juiste dienst in je buurt, in een paar stappen.',
  explorerLead: 'Je hebt één vraag of probleem. In een paar stappen zie je bij wie je terecht kan, wat je meeneemt en welke rechten je misschien hebt.',
  comparisonsTitle: 'Diensten die mensen vaak verwarren',
  comparisonsInDutch: 'Deze vergelijkingen zijn (nog) alleen in het Nederlands.',
  'compare_ocmw-caw-huis-van-het-kind-mutualiteit': 'OCMW, CAW, Huis van het Kind of ziekenfonds?',
  'compare_kind-en-gezin-of-one': 'Kind en Gezin of ONE in Brussel?',
  'compare_voedselbank-sociale-kruidenier-sociaal-restaurant': 'Voedselbank, sociale kruidenier of sociaal restaurant?',
  tileUrgent: 'Dringend?',

  // Steps
  stepsLabel: 'Stappen',
  stepOf: 'Stap {n} van 4: ',
  step1: 'Onderwerp',
  step2: 'Vraag',
  step3: 'Gemeente',
  step4: 'Waar kan je terecht?',

  // Explorer: one domain
  domainQuestionTitle: '{domain}: wat is je vraag?',
  filterLabel: 'Zoek in de vragen',
  filterCount: '{shown} van {total} vragen',
  urgentBadge: 'Dringend',
  notListed: 'Staat je vraag er niet bij? {search} of kijk bij {domain}.',
  searchOwnWords: 'Zoek met je eigen woorden',

  // Explorer: one need
  placeTitle: 'In welke gemeente woon je?',
  placeText: 'Dan tonen we wie er in de buurt helpt. Je mag dit overslaan: de eerste stappen staan hieronder.',
  chooseFromList: 'Kies je gemeente uit de lijst',
  helperTitle: 'Help je iemand anders?',
  helperText: 'Je bent vrijwilliger of buur? Je hoeft zelf geen hulpverlener te zijn. Ga samen langs, of geef een verwijskaart mee met het adres en wat de persoon moet meebrengen. Vraag altijd eerst of het mag.',
  printButton: 'Druk deze pagina af',
  generalistOcmw: 'een OCMW (Sociaal Huis)',
  generalistOther: 'een {name}',
  startHere: 'Begin hier',
  forYourQuestion: 'Voor jouw vraag:',
  factsSummary: 'Wat doen ze wel en niet? Hoe kom je binnen? Wat breng je mee?',
  rightsTitle: 'Misschien heb je recht op',
  allRights: 'Bekijk alle rechten',
};

type ExplorerKey = keyof typeof nl;

const fr: Record<ExplorerKey, string> = {
  homeH1: "Où trouver de l'aide ?",
  homeLead: 'Choisissez le sujet de votre question. Vous voyez quel service fait quoi, quels groupes et bénévoles aident près de chez vous, et quels droits vous avez peut-être.',
  topicQuestion: 'Votre question porte sur quoi ?',
  homeAboutTitle: "Qu'est-ce que Wegwijzer ?",
  homeAbout1: "Il existe beaucoup de services : le CPAS (OCMW en néerlandais), le CAW (centre d'aide sociale), le Huis van het Kind (lieu d'aide aux parents et aux enfants), la mutualité et bien d'autres. Il y a aussi des groupes de bénévoles et de voisins qui aident. Souvent, on ne sait pas qui fait quoi.",
  homeAbout2: "Wegwijzer les rassemble en un seul endroit, dans un langage simple. Vous pouvez imprimer une page ou l'envoyer. Wegwijzer est gratuit, n'utilise pas de cookies et ne vous suit pas.",
  homeLinkExplorer: 'Qui fait quoi ? Pas à pas vers le bon service',
  homeLinkServiceTypes: "Tous les types de services : ce qu'ils font, et ce qu'ils ne font pas",
  homeMunicipalityOrMap: '{municipality} ou {map}',
  homeLinkMunicipality: "Cherchez de l'aide dans votre commune",
  homeLinkMap: 'regardez la carte',
  homeLinkRights: 'Les droits que vous avez peut-être',
  homeVolunteersTitle: 'Pour les bénévoles et les travailleurs sociaux',
  homeVolunteersText: 'Vous aidez une famille à trouver son chemin ? Ces outils gardent tout sur votre appareil. Rien ne nous est envoyé.',
  toolsInDutch: "Ces outils sont (pour l'instant) seulement en néerlandais.",
  toolMyList: 'Ma liste',
  toolMyListText: '{link} : gardez des adresses, imprimez-les sur une seule feuille ou envoyez-les',
  toolNetworkMap: 'Carte du réseau',
  toolNetworkMapText: "{link} : dessinez avec la famille qui aide, et où il n'y a encore personne",
  toolActionPlan: "Plan d'action",
  toolActionPlanText: '{link} : notez ensemble les objectifs, les étapes et qui peut aider',
  inLanguage_nl: '(en néerlandais)',
  inLanguage_en: '(en anglais)',

  crisisTitle: "Besoin d'aide urgente ?",
  crisisDescription: "Numéros d'urgence et aide en cas de crise, jour et nuit.",
  crisisKeywords: "numéro d'urgence crise urgence violence suicide aide urgente",
  crisisLead: 'Ces numéros sont gratuits. Vous pouvez toujours appeler, même sans papiers.',
  crisis112: "Danger de mort, un accident, un incendie, ou quelqu'un est très malade. Jour et nuit.",
  crisis1712: "Violence, abus ou maltraitance d'enfants. Vous pouvez appeler sans donner votre nom. Aussi pour des questions ou des doutes.",
  crisis106: "Tele-Onthaal (ligne d'écoute) : quelqu'un qui vous écoute quand vous restez seul avec vos soucis ou vos sentiments. Jour et nuit, anonyme.",
  crisis1813: "Zelfmoordlijn (ligne de prévention du suicide) : si vous pensez au suicide, ou si vous vous inquiétez pour quelqu'un. Jour et nuit.",
  crisisCaw: "Le Centrum Algemeen Welzijnswerk (centre d'aide sociale) aide pour toute question de bien-être : pas d'endroit pour dormir, violence, dettes, relations. Appelez gratuitement le {phone} ou allez sur {website}.",
  crisisUrgentQuestions: 'Questions urgentes',

  bannerTitle: "C'est urgent ?",
  banner112: 'Danger de mort, incendie, accident : appelez le {tel}.',
  banner1712: "Violence, abus ou maltraitance d'enfants : appelez le {tel} (gratuit, anonyme).",
  banner106: "Vous voulez parler à quelqu'un : appelez Tele-Onthaal (ligne d'écoute) au {tel}.",
  banner1813: 'Vous pensez au suicide : appelez la Zelfmoordlijn (ligne de prévention du suicide) au {tel}.',
  bannerAll: "Toute l'aide en cas de crise",

  explorerTitle: 'Qui fait quoi ?',
  explorerDescription: "D'une seule question au bon service près de chez vous, en quelques étapes.",
  explorerLead: "Vous avez une question ou un problème. En quelques étapes, vous voyez à qui vous adresser, ce qu'il faut emporter et quels droits vous avez peut-être.",
  comparisonsTitle: "Des services que l'on confond souvent",
  comparisonsInDutch: "Ces comparaisons sont (pour l'instant) seulement en néerlandais.",
  'compare_ocmw-caw-huis-van-het-kind-mutualiteit': 'CPAS (OCMW), CAW, Huis van het Kind ou mutualité ?',
  'compare_kind-en-gezin-of-one': 'Kind en Gezin ou ONE à Bruxelles ?',
  'compare_voedselbank-sociale-kruidenier-sociaal-restaurant': 'Banque alimentaire, épicerie sociale ou restaurant social ?',
  tileUrgent: 'Urgent ?',

  stepsLabel: 'Étapes',
  stepOf: 'Étape {n} sur 4 : ',
  step1: 'Sujet',
  step2: 'Question',
  step3: 'Commune',
  step4: "Où s'adresser ?",

  domainQuestionTitle: '{domain} : quelle est votre question ?',
  filterLabel: 'Chercher dans les questions',
  filterCount: '{shown} questions sur {total}',
  urgentBadge: 'Urgent',
  notListed: "Votre question n'est pas dans la liste ? {search} ou regardez dans {domain}.",
  searchOwnWords: 'Cherchez avec vos propres mots',

  placeTitle: 'Dans quelle commune habitez-vous ?',
  placeText: 'Nous vous montrons alors qui aide près de chez vous. Vous pouvez passer cette question : les premières étapes sont plus bas.',
  chooseFromList: 'Choisissez votre commune dans la liste',
  helperTitle: "Vous aidez quelqu'un d'autre ?",
  helperText: "Vous êtes bénévole ou voisin ? Vous ne devez pas être travailleur social. Allez-y ensemble, ou donnez une fiche de renvoi avec l'adresse et ce que la personne doit emporter. Demandez toujours d'abord si la personne est d'accord.",
  printButton: 'Imprimer cette page',
  generalistOcmw: 'un CPAS (en néerlandais : OCMW ou Sociaal Huis)',
  generalistOther: 'un {name}',
  startHere: 'Commencez ici',
  forYourQuestion: 'Pour votre question :',
  factsSummary: "Que font-ils, et que ne font-ils pas ? Comment y entrer ? Qu'emporter ?",
  rightsTitle: 'Vous avez peut-être droit à',
  allRights: 'Voir tous les droits',
};

const en: Record<ExplorerKey, string> = {
  homeH1: 'Where can you find help?',
  homeLead: 'Choose what your question is about. You see which service does what, which groups and volunteers help near you, and which rights you may have.',
  topicQuestion: 'What is your question about?',
  homeAboutTitle: 'What is Wegwijzer?',
  homeAbout1: 'There are many services: the OCMW (public social welfare centre), the CAW (social welfare centre), the Huis van het Kind (help for parents and children), the health insurance fund and many more. There are also groups of volunteers and neighbours who help. Often you do not know who does what.',
  homeAbout2: 'Wegwijzer puts them together in one place, in simple language. You can print a page or send it on. Wegwijzer is free, uses no cookies and does not track you.',
  homeLinkExplorer: 'Who does what? Step by step to the right service',
  homeLinkServiceTypes: "All kinds of services: what do they do, and what don't they do?",
  homeMunicipalityOrMap: '{municipality} or {map}',
  homeLinkMunicipality: 'Find help in your municipality',
  homeLinkMap: 'look at the map',
  homeLinkRights: 'Rights you may have',
  homeVolunteersTitle: 'For volunteers and social workers',
  homeVolunteersText: 'Are you helping a family find their way? These tools keep everything on your own device. Nothing is sent to us.',
  toolsInDutch: 'These tools are only in Dutch (for now).',
  toolMyList: 'My list',
  toolMyListText: '{link}: save addresses, print them on one sheet or send them on',
  toolNetworkMap: 'Network map',
  toolNetworkMapText: '{link}: draw together with the family who helps, and where nobody helps yet',
  toolActionPlan: 'Action plan',
  toolActionPlanText: '{link}: write down together the goals, the steps and who can help',
  inLanguage_nl: '(in Dutch)',
  inLanguage_en: '(in English)',

  crisisTitle: 'Need help urgently?',
  crisisDescription: 'Emergency numbers and help in a crisis, day and night.',
  crisisKeywords: 'emergency number crisis urgent violence suicide emergency help',
  crisisLead: 'These numbers are free. You can always call, even without papers.',
  crisis112: 'Danger to life, an accident, a fire, or someone is very ill. Day and night.',
  crisis1712: 'Violence, abuse or child abuse. You can call without giving your name. Also for questions or doubts.',
  crisis106: 'Tele-Onthaal (listening line): someone who listens when you are left alone with your worries or feelings. Day and night, anonymous.',
  crisis1813: 'Zelfmoordlijn (suicide line): if you are thinking about suicide, or if you are worried about someone. Day and night.',
  crisisCaw: 'The Centrum Algemeen Welzijnswerk (social welfare centre) helps with every question about well-being: no place to sleep, violence, debts, relationships. Call free on {phone} or look at {website}.',
  crisisUrgentQuestions: 'Urgent questions',

  bannerTitle: 'Is it urgent?',
  banner112: 'Danger to life, fire, accident: call {tel}.',
  banner1712: 'Violence, abuse or child abuse: call {tel} (free, anonymous).',
  banner106: 'Do you want to talk to someone? Call Tele-Onthaal (listening line) on {tel}.',
  banner1813: 'Are you thinking about suicide? Call the Zelfmoordlijn (suicide line) on {tel}.',
  bannerAll: 'All help in a crisis',

  explorerTitle: 'Who does what?',
  explorerDescription: 'From one question to the right service near you, in a few steps.',
  explorerLead: 'You have one question or problem. In a few steps you see where you can go, what to take with you and which rights you may have.',
  comparisonsTitle: 'Services people often mix up',
  comparisonsInDutch: 'These comparisons are only in Dutch (for now).',
  'compare_ocmw-caw-huis-van-het-kind-mutualiteit': 'OCMW, CAW, Huis van het Kind or health insurance fund?',
  'compare_kind-en-gezin-of-one': 'Kind en Gezin or ONE in Brussels?',
  'compare_voedselbank-sociale-kruidenier-sociaal-restaurant': 'Food bank, social grocery or social restaurant?',
  tileUrgent: 'Urgent?',

  stepsLabel: 'Steps',
  stepOf: 'Step {n} of 4: ',
  step1: 'Topic',
  step2: 'Question',
  step3: 'Municipality',
  step4: 'Where can you go?',

  domainQuestionTitle: '{domain}: what is your question?',
  filterLabel: 'Search the questions',
  filterCount: '{shown} of {total} questions',
  urgentBadge: 'Urgent',
  notListed: 'Is your question not in the list? {search} or look under {domain}.',
  searchOwnWords: 'Search in your own words',

  placeTitle: 'Which municipality do you live in?',
  placeText: 'Then we show who helps near you. You can skip this: the first steps are below.',
  chooseFromList: 'Choose your municipality from the list',
  helperTitle: 'Are you helping someone else?',
  helperText: 'Are you a volunteer or a neighbour? You do not need to be a social worker. Go there together, or give the person a referral card with the address and what they need to bring. Always ask first if that is okay.',
  printButton: 'Print this page',
  generalistOcmw: 'an OCMW (public social welfare centre, also called Sociaal Huis)',
  generalistOther: 'a {name}',
  startHere: 'Start here',
  forYourQuestion: 'For your question:',
  factsSummary: 'What do they do and not do? How do you get in? What do you bring?',
  rightsTitle: 'You may have a right to',
  allRights: 'See all rights',
};

const ar: Record<ExplorerKey, string> = {
  homeH1: 'أين تجد المساعدة؟',
  homeLead: 'اختر موضوع سؤالك. سترى أي خدمة تفعل ماذا، وأي مجموعات ومتطوعين يساعدون بالقرب منك، وما الحقوق التي قد تكون لك.',
  topicQuestion: 'ما موضوع سؤالك؟',
  homeAboutTitle: 'ما هو Wegwijzer؟',
  homeAbout1: 'توجد خدمات كثيرة: OCMW (المركز العمومي للمساعدة الاجتماعية)، وCAW (مركز المساعدة الاجتماعية)، وHuis van het Kind (مكان يساعد الآباء والأطفال)، وصندوق التأمين الصحي، وغيرها الكثير. وهناك أيضًا مجموعات من المتطوعين والجيران يقدّمون المساعدة. وغالبًا لا تعرف من يفعل ماذا.',
  homeAbout2: 'يجمعها Wegwijzer في مكان واحد، بلغة بسيطة. يمكنك طباعة صفحة أو إرسالها. Wegwijzer مجاني، ولا يستخدم ملفات تعريف الارتباط (كوكيز)، ولا يتتبعك.',
  homeLinkExplorer: 'من يفعل ماذا؟ خطوة بخطوة نحو الخدمة المناسبة',
  homeLinkServiceTypes: 'كل أنواع الخدمات: ماذا تفعل، وماذا لا تفعل؟',
  homeMunicipalityOrMap: '{municipality} أو {map}',
  homeLinkMunicipality: 'ابحث عن مساعدة في بلديتك',
  homeLinkMap: 'انظر إلى الخريطة',
  homeLinkRights: 'حقوق قد تكون لك',
  homeVolunteersTitle: 'للمتطوعين والعاملين الاجتماعيين',
  homeVolunteersText: 'هل تساعد عائلة على إيجاد طريقها؟ هذه الأدوات تحفظ كل شيء على جهازك. لا يُرسَل إلينا أي شيء.',
  toolsInDutch: 'هذه الأدوات متوفرة باللغة الهولندية فقط (حاليًا).',
  toolMyList: 'قائمتي',
  toolMyListText: '{link}: احفظ العناوين، واطبعها على ورقة واحدة أو أرسلها',
  toolNetworkMap: 'خريطة الشبكة',
  toolNetworkMapText: '{link}: ارسم مع العائلة من يساعد، وأين لا يوجد أحد بعد',
  toolActionPlan: 'خطة العمل',
  toolActionPlanText: '{link}: اكتبوا معًا الأهداف والخطوات ومن يمكنه المساعدة',
  inLanguage_nl: '(بالهولندية)',
  inLanguage_en: '(بالإنجليزية)',

  crisisTitle: 'هل تحتاج إلى مساعدة عاجلة؟',
  crisisDescription: 'أرقام الطوارئ والمساعدة في الأزمات، ليلًا ونهارًا.',
  crisisKeywords: 'رقم الطوارئ أزمة طوارئ عنف انتحار مساعدة عاجلة',
  crisisLead: 'هذه الأرقام مجانية. يمكنك الاتصال دائمًا، حتى لو لم تكن لديك أوراق إقامة.',
  crisis112: 'خطر على الحياة، أو حادث، أو حريق، أو شخص مريض جدًا. ليلًا ونهارًا.',
  crisis1712: 'عنف أو إساءة أو سوء معاملة الأطفال. يمكنك الاتصال دون ذكر اسمك. وأيضًا إذا كانت لديك أسئلة أو شكوك.',
  crisis106: 'Tele-Onthaal (خط الإصغاء): شخص يستمع إليك عندما تبقى وحدك مع همومك أو مشاعرك. ليلًا ونهارًا، دون ذكر اسمك.',
  crisis1813: 'Zelfmoordlijn (خط الوقاية من الانتحار): إذا كنت تفكر في الانتحار، أو إذا كنت قلقًا على شخص ما. ليلًا ونهارًا.',
  crisisCaw: 'يساعد Centrum Algemeen Welzijnswerk (مركز المساعدة الاجتماعية) في كل سؤال عن الرفاه: لا مكان للنوم، عنف، ديون، علاقات. اتصل مجانًا على الرقم {phone} أو زر الموقع {website}.',
  crisisUrgentQuestions: 'أسئلة عاجلة',

  bannerTitle: 'هل الأمر عاجل؟',
  banner112: 'خطر على الحياة، حريق، حادث: اتصل بالرقم {tel}.',
  banner1712: 'عنف أو إساءة أو سوء معاملة الأطفال: اتصل بالرقم {tel} (مجانًا، دون ذكر اسمك).',
  banner106: 'هل تريد التحدث إلى شخص ما؟ اتصل بـ Tele-Onthaal (خط الإصغاء) على الرقم {tel}.',
  banner1813: 'هل تفكر في الانتحار؟ اتصل بـ Zelfmoordlijn (خط الوقاية من الانتحار) على الرقم {tel}.',
  bannerAll: 'كل المساعدة في الأزمات',

  explorerTitle: 'من يفعل ماذا؟',
  explorerDescription: 'من سؤال واحد إلى الخدمة المناسبة بالقرب منك، في بضع خطوات.',
  explorerLead: 'لديك سؤال أو مشكلة. في بضع خطوات سترى إلى من تتوجه، وماذا تأخذ معك، وما الحقوق التي قد تكون لك.',
  comparisonsTitle: 'خدمات يخلط الناس بينها كثيرًا',
  comparisonsInDutch: 'هذه المقارنات متوفرة باللغة الهولندية فقط (حاليًا).',
  'compare_ocmw-caw-huis-van-het-kind-mutualiteit': 'OCMW أو CAW أو Huis van het Kind أو صندوق التأمين الصحي؟',
  'compare_kind-en-gezin-of-one': 'Kind en Gezin أو ONE في بروكسل؟',
  'compare_voedselbank-sociale-kruidenier-sociaal-restaurant': 'بنك الطعام أو البقالة الاجتماعية أو المطعم الاجتماعي؟',
  tileUrgent: 'عاجل؟',

  stepsLabel: 'الخطوات',
  stepOf: 'الخطوة {n} من 4: ',
  step1: 'الموضوع',
  step2: 'السؤال',
  step3: 'البلدية',
  step4: 'إلى أين تتوجه؟',

  domainQuestionTitle: '{domain}: ما هو سؤالك؟',
  filterLabel: 'ابحث في الأسئلة',
  filterCount: 'عدد الأسئلة: {shown} من {total}',
  urgentBadge: 'عاجل',
  notListed: 'سؤالك غير موجود في القائمة؟ {search} أو انظر في {domain}.',
  searchOwnWords: 'ابحث بكلماتك الخاصة',

  placeTitle: 'في أي بلدية تسكن؟',
  placeText: 'عندها نعرض لك من يساعد بالقرب منك. يمكنك تخطي هذا السؤال: الخطوات الأولى موجودة في الأسفل.',
  chooseFromList: 'اختر بلديتك من القائمة',
  helperTitle: 'هل تساعد شخصًا آخر؟',
  helperText: 'هل أنت متطوع أو جار؟ لا يلزم أن تكون عاملًا اجتماعيًا. اذهبا معًا، أو أعطِ الشخص بطاقة إحالة فيها العنوان وما يجب أن يحضره معه. اسأل دائمًا أولًا إن كان الشخص موافقًا.',
  printButton: 'اطبع هذه الصفحة',
  generalistOcmw: 'مركز OCMW (المركز العمومي للمساعدة الاجتماعية، ويسمى أيضًا Sociaal Huis)',
  generalistOther: '{name}',
  startHere: 'ابدأ من هنا',
  forYourQuestion: 'لسؤالك:',
  factsSummary: 'ماذا يفعلون وماذا لا يفعلون؟ كيف تصل إليهم؟ ماذا تحضر معك؟',
  rightsTitle: 'قد يحق لك',
  allRights: 'اطّلع على كل الحقوق',
};

export const explorerStrings = /* @__PURE__ */ defineStrings({ nl, fr, en, ar });

// ---------------------------------------------------------------------------------------------
// Islands: the municipality form and the "in de buurt" results
// ---------------------------------------------------------------------------------------------

const nearbyNl = {
  placeLabel: 'Gemeente of postcode',
  placeButton: 'Toon hulp in de buurt',
  placeUnknown: 'We kennen geen gemeente of postcode "{place}". Kies uit de lijst hieronder.',
  placesFailed: 'De lijst met gemeenten kon niet laden. Kies je gemeente in de lijst hieronder.',
  dataFailed: 'De gegevens voor deze gemeente konden niet laden.',
  liveOne: '{count} plaats voor je vraag in de buurt van {place}.',
  liveMany: '{count} plaatsen voor je vraag in de buurt van {place}.',
  nearbyTitle: 'In de buurt van {place}',
  placesInDutch: 'De beschrijvingen van de plaatsen zijn in het Nederlands.',
  noneHere: 'We kennen in {place} nog geen plaats van deze soort.',
  noneHereMore: 'Dat wil niet zeggen dat er niets is. Hieronder staat wat het dichtst bij is, en de diensten die in elke gemeente helpen.',
  otherFurther: 'Andere hulp, iets verder weg',
  nearestTo: 'Het dichtst bij {place}',
  generalistsTitle: 'Diensten die in elke gemeente helpen',
  generalistUnknown: 'Elke gemeente heeft {name}. We hebben het adres in {place} nog niet: vraag het aan het gemeentehuis, of lees {link}.',
  whatTheyDo: 'wat ze doen',
  cawPhone: 'Het CAW is gratis te bellen op {phone}.',
  alongsideTitle: 'Ook in de buurt: vrijwilligers en verenigingen',
  alongsideText: 'Zij vervangen de diensten niet, maar helpen op hun eigen manier: een luisterend oor, iemand die meegaat, mensen ontmoeten.',
  hoursUnknown: 'niet bekend: bel eerst',
  closedToday: 'vandaag gesloten',
  phoneOrOnline: 'telefonisch of online',
  complements: 'Naast andere hulp:',
  caution: 'Let op:',
  phone: 'Telefoon',
  openToday: 'Vandaag open',
  access: 'Binnenkomen',
  languages: 'Talen',
  incomplete: 'Gegevens onvolledig: bel eerst.',
  referralCard: 'Verwijskaart om af te drukken of door te sturen',
};

type NearbyKey = keyof typeof nearbyNl;

const nearbyFr: Record<NearbyKey, string> = {
  placeLabel: 'Commune ou code postal',
  placeButton: "Montrer l'aide près de chez moi",
  placeUnknown: 'Nous ne connaissons pas de commune ou de code postal « {place} ». Choisissez dans la liste ci-dessous.',
  placesFailed: "La liste des communes n'a pas pu se charger. Choisissez votre commune dans la liste ci-dessous.",
  dataFailed: "Les données de cette commune n'ont pas pu se charger.",
  liveOne: '{count} lieu pour votre question à {place} et aux alentours.',
  liveMany: '{count} lieux pour votre question à {place} et aux alentours.',
  // « près de » would need « d' » before a vowel (Anderlecht): these phrasings need no elision.
  nearbyTitle: 'À {place} et aux alentours',
  placesInDutch: 'Les descriptions des lieux sont en néerlandais.',
  noneHere: 'Nous ne connaissons pas encore de lieu de ce type à {place}.',
  noneHereMore: "Cela ne veut pas dire qu'il n'y a rien. Plus bas, vous trouvez ce qui est le plus proche, et les services qui aident dans chaque commune.",
  otherFurther: 'Autre aide, un peu plus loin',
  nearestTo: 'Le plus près de votre commune ({place})',
  generalistsTitle: 'Des services qui aident dans chaque commune',
  generalistUnknown: "Chaque commune a {name}. Nous n'avons pas encore l'adresse à {place} : demandez-la à la maison communale, ou lisez {link}.",
  whatTheyDo: "ce qu'ils font",
  cawPhone: 'Vous pouvez appeler le CAW gratuitement au {phone}.',
  alongsideTitle: 'Aussi près de chez vous : bénévoles et associations',
  alongsideText: "Ils ne remplacent pas les services, mais ils aident à leur façon : quelqu'un qui vous écoute, quelqu'un qui vous accompagne, rencontrer des gens.",
  hoursUnknown: "pas connu : téléphonez d'abord",
  closedToday: "fermé aujourd'hui",
  phoneOrOnline: 'par téléphone ou en ligne',
  complements: "En plus d'une autre aide :",
  caution: 'Attention :',
  phone: 'Téléphone',
  openToday: "Ouvert aujourd'hui",
  access: 'Comment entrer',
  languages: 'Langues',
  incomplete: "Informations incomplètes : téléphonez d'abord.",
  referralCard: 'Fiche de renvoi à imprimer ou à envoyer (en néerlandais)',
};

const nearbyEn: Record<NearbyKey, string> = {
  placeLabel: 'Municipality or postcode',
  placeButton: 'Show help nearby',
  placeUnknown: 'We do not know a municipality or postcode "{place}". Choose from the list below.',
  placesFailed: 'The list of municipalities could not load. Choose your municipality in the list below.',
  dataFailed: 'The information for this municipality could not load.',
  liveOne: '{count} place for your question near {place}.',
  liveMany: '{count} places for your question near {place}.',
  nearbyTitle: 'Near {place}',
  placesInDutch: 'The descriptions of the places are in Dutch.',
  noneHere: 'We do not know a place of this kind in {place} yet.',
  noneHereMore: 'That does not mean there is nothing. Below you find what is closest, and the services that help in every municipality.',
  otherFurther: 'Other help, a bit further away',
  nearestTo: 'Closest to {place}',
  generalistsTitle: 'Services that help in every municipality',
  generalistUnknown: 'Every municipality has {name}. We do not have the address in {place} yet: ask at the town hall, or read {link}.',
  whatTheyDo: 'what they do',
  cawPhone: 'You can call the CAW for free on {phone}.',
  alongsideTitle: 'Also nearby: volunteers and associations',
  alongsideText: 'They do not replace the services, but they help in their own way: someone who listens, someone who goes with you, meeting people.',
  hoursUnknown: 'not known: call first',
  closedToday: 'closed today',
  phoneOrOnline: 'by phone or online',
  complements: 'Alongside other help:',
  caution: 'Note:',
  phone: 'Phone',
  openToday: 'Open today',
  access: 'How to get in',
  languages: 'Languages',
  incomplete: 'Information incomplete: call first.',
  referralCard: 'Referral card to print or send on (in Dutch)',
};

const nearbyAr: Record<NearbyKey, string> = {
  placeLabel: 'البلدية أو الرمز البريدي',
  placeButton: 'اعرض المساعدة القريبة',
  placeUnknown: 'لا نعرف بلدية أو رمزًا بريديًا باسم «{place}». اختر من القائمة أدناه.',
  placesFailed: 'تعذّر تحميل قائمة البلديات. اختر بلديتك من القائمة أدناه.',
  dataFailed: 'تعذّر تحميل معلومات هذه البلدية.',
  // Arabic plurals change with the number: "number of places: n" reads right for every n.
  liveOne: 'عدد الأماكن لسؤالك بالقرب من {place}: {count}.',
  liveMany: 'عدد الأماكن لسؤالك بالقرب من {place}: {count}.',
  nearbyTitle: 'بالقرب من {place}',
  placesInDutch: 'أوصاف الأماكن باللغة الهولندية.',
  noneHere: 'لا نعرف بعد مكانًا من هذا النوع في {place}.',
  noneHereMore: 'هذا لا يعني أنه لا يوجد شيء. في الأسفل تجد الأقرب إليك، والخدمات التي تساعد في كل بلدية.',
  otherFurther: 'مساعدة أخرى، أبعد قليلًا',
  nearestTo: 'الأقرب إلى {place}',
  generalistsTitle: 'خدمات تساعد في كل بلدية',
  generalistUnknown: 'في كل بلدية {name}. ليس لدينا العنوان في {place} بعد: اسأل عنه في مقر البلدية، أو اقرأ {link}.',
  whatTheyDo: 'ماذا يفعلون',
  cawPhone: 'يمكنك الاتصال بـ CAW مجانًا على الرقم {phone}.',
  alongsideTitle: 'أيضًا بالقرب منك: متطوعون وجمعيات',
  alongsideText: 'هم لا يحلّون محل الخدمات، لكنهم يساعدون بطريقتهم: شخص يستمع إليك، شخص يرافقك، التعرّف على الناس.',
  hoursUnknown: 'غير معروف: اتصل أولًا',
  closedToday: 'مغلق اليوم',
  phoneOrOnline: 'عبر الهاتف أو الإنترنت',
  complements: 'إلى جانب مساعدة أخرى:',
  caution: 'انتبه:',
  phone: 'الهاتف',
  openToday: 'مفتوح اليوم',
  access: 'كيف تدخل',
  languages: 'اللغات',
  incomplete: 'المعلومات غير كاملة: اتصل أولًا.',
  referralCard: 'بطاقة إحالة للطباعة أو الإرسال (بالهولندية)',
};

export const nearbyStrings = /* @__PURE__ */ defineStrings({ nl: nearbyNl, fr: nearbyFr, en: nearbyEn, ar: nearbyAr });

type LabelsOf<T extends readonly string[]> = Record<T[number], string>;

/** The value labels a result card shows. labels.ts has no Arabic yet; the explorer needs it now. */
const arabicCard = {
  formality: { formal: 'رسمي', 'semi-formal': 'شبه رسمي', informal: 'غير رسمي' } satisfies LabelsOf<typeof FORMALITIES>,
  flag: {
    'walk-in': 'بدون موعد',
    'undocumented-welcome': 'مرحّب بك أيضًا بدون أوراق إقامة',
    interpreter: 'يمكن توفير مترجم',
    'home-visits': 'يأتون إلى بيتك',
    free: 'مجاني',
  } satisfies LabelsOf<typeof FLAGS>,
  access: {
    'walk-in': 'ادخل بدون موعد',
    appointment: 'بموعد',
    referral: 'عن طريق إحالة من خدمة أخرى',
    phone: 'اتصل أولًا',
    online: 'عبر الإنترنت',
    outreach: 'يأتون إليك',
  } satisfies LabelsOf<typeof ACCESS_MODES>,
};

const cardLabelsCache = new Map<Locale, ReturnType<typeof makeCardLabels>>();

/** Labels for a result card in `locale`: formality, flags, access, spoken languages, distance. */
export function cardLabels(locale: Locale) {
  let labels = cardLabelsCache.get(locale);
  if (!labels) cardLabelsCache.set(locale, (labels = makeCardLabels(locale)));
  return labels;
}

function makeCardLabels(locale: Locale) {
  const base = labelsFor(locale);
  if (locale !== 'ar') return { formality: base.formality, flag: base.flag, access: base.access, formatKm: base.formatKm, language: (code: string) => base.language[code] ?? code };
  // Western digits, like the phone numbers and postcodes next to them.
  const number = new Intl.NumberFormat('ar-u-nu-latn', { maximumFractionDigits: 1 });
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames(['ar'], { type: 'language', fallback: 'none' });
  } catch {
    names = undefined;
  }
  return {
    ...arabicCard,
    formatKm: (km: number) => (km < 1 ? 'أقل من 1 كم' : `${number.format(km < 10 ? km : Math.round(km))} كم`),
    language: (code: string) => names?.of(code) ?? base.language[code] ?? code,
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/**
 * A translated sentence with elements in it: fillSlots('Bel {tel}.', { tel: link }) → ['Bel ', link, '.'].
 * Word order stays with the translator; a placeholder without a value stays as text.
 */
export function fillSlots<T>(text: string, slots: Record<string, T>): (string | T)[] {
  return text
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 1 ? (part in slots ? slots[part]! : `{${part}}`) : part))
    .filter((part) => part !== '');
}

/** The language a link leads to when that is not the page's language (a page without a translation). */
export function otherLanguageOf(href: string, locale: Locale): 'nl' | 'en' | undefined {
  const target = parsePath(href)?.locale;
  return target && target !== locale && (target === 'nl' || target === 'en') ? target : undefined;
}
