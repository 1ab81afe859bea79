/** Page addresses, in one place. */
import type { Need } from '../content.config';
import type { Entry } from './catalog';

/** A need's page is a step of the "wie doet wat?" explorer. */
export const needHref = (need: Entry<Pick<Need, 'domain'>>) => `/wie-doet-wat/${need.data.domain}/${need.id}/`;
