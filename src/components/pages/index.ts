/** The page views, by the name src/lib/i18n/pages.ts gives them. Each draws one page in any language. */
import type { ViewName } from '../../lib/i18n/pages';
import HomePage from './HomePage.astro';
import CrisisPage from './CrisisPage.astro';
import ExplorerPage from './ExplorerPage.astro';
import ExplorerDomainPage from './ExplorerDomainPage.astro';
import NeedPage from './NeedPage.astro';
import OrganisationPage from './OrganisationPage.astro';
import ServiceTypePage from './ServiceTypePage.astro';
import ServiceTypesPage from './ServiceTypesPage.astro';
import RightPage from './RightPage.astro';
import RightsPage from './RightsPage.astro';
import DomainPage from './DomainPage.astro';
import MunicipalityPage from './MunicipalityPage.astro';
import MunicipalityDomainPage from './MunicipalityDomainPage.astro';
import MunicipalitiesPage from './MunicipalitiesPage.astro';
import SearchPage from './SearchPage.astro';
import MapPage from './MapPage.astro';
import PrivacyPage from './PrivacyPage.astro';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Astro components share one call signature here.
export const views: Record<ViewName, (props: any) => any> = {
  home: HomePage,
  crisis: CrisisPage,
  explorer: ExplorerPage,
  explorerDomain: ExplorerDomainPage,
  need: NeedPage,
  organisation: OrganisationPage,
  serviceType: ServiceTypePage,
  serviceTypes: ServiceTypesPage,
  right: RightPage,
  rights: RightsPage,
  domain: DomainPage,
  municipality: MunicipalityPage,
  municipalityDomain: MunicipalityDomainPage,
  municipalities: MunicipalitiesPage,
  search: SearchPage,
  map: MapPage,
  privacy: PrivacyPage,
};
