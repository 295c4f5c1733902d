import { authorizationHandlers } from './backend/authorize';
import { connectionTestHandlers } from './backend/connectionTests';
import { connectionHandlers } from './backend/connections';
import { demoHandlers } from './backend/demo';
import { oauthClientHandlers } from './backend/oauthClients';
import { bigcommerceHandlers } from './bigcommerce';

/**
 * Every mocked endpoint: the one set that the browser worker, Vitest and Playwright all use.
 * Our API first, then the BigCommerce simulator, which our backend calls by real fetch.
 */
export const handlers = [
  ...connectionTestHandlers,
  ...authorizationHandlers,
  ...connectionHandlers,
  ...oauthClientHandlers,
  ...demoHandlers,
  ...bigcommerceHandlers,
];
