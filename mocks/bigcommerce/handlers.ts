import { oauthHandlers } from './oauth';
import { scenarioHandlers } from './scenario';
import { storeHandlers } from './store';

/** Every simulated BigCommerce endpoint: api.bigcommerce.com and login.bigcommerce.com. */
export const bigcommerceHandlers = [...scenarioHandlers, ...storeHandlers, ...oauthHandlers];
