import { apiHandlers } from './backend/api';
import { authorizationHandlers } from './backend/authorize';
import { demoHandlers } from './backend/demo';
import { bigcommerceHandlers } from './bigcommerce/handlers';

/**
 * Every mocked endpoint: the one set that the browser worker, Vitest and Playwright all use.
 * Our API first, then the BigCommerce simulator, which our backend calls by real fetch.
 */
export const handlers = [...apiHandlers, ...authorizationHandlers, ...demoHandlers, ...bigcommerceHandlers];
