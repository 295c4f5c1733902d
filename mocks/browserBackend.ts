// What the browser's backend adds to msw (mocks/browser.ts): its handlers and the controls the
// e2e tests use. A chunk of its own, evaluated after msw's (scripts/vite/mockChunks.ts).
export { handlers } from './handlers';
export { setBigCommerceTimeoutMs } from './backend/bigcommerceTimeout';
export { clearScenarios, setScenario } from './backend/scenarios';
export { setBigCommerceScenario } from './bigcommerce/scenario';
