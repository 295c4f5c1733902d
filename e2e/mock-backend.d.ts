// The controls the embedded mock backend puts on `window` for tests (mocks/browser.ts).
// Declared here instead of imported, so that the e2e type check does not pull the app's
// Vite-only modules into the Node program.
export type MockOperation =
  | 'connections.list'
  | 'connections.get'
  | 'connections.create'
  | 'connections.update'
  | 'connections.delete'
  | 'connections.test'
  | 'connections.authorize'
  | 'oauthClients.list'
  | 'oauthClients.create'
  | 'oauthClients.update';

export type MockFailure =
  | 'server-error'
  | 'unavailable'
  | 'network-error'
  | 'slow'
  | 'malformed-json'
  | 'contract-violation'
  /** The backend performs the operation, then the answer is lost (a network error). */
  | 'lost-response';

export interface MockScenarioOptions {
  readonly once?: boolean;
  readonly times?: number;
}

export interface E2EMockBackend {
  readonly worker: unknown;
  readonly http: unknown;
  readonly HttpResponse: unknown;
  readonly delay: unknown;
  setScenario(operation: MockOperation, failure: MockFailure | null, options?: MockScenarioOptions): void;
  clearScenarios(): void;
  /** BigCommerce itself fails: 'hang' (never answers) or 'network-error'; null lifts it. */
  setBigCommerceScenario(scenario: 'hang' | 'network-error' | null): void;
  /** How long our backend waits for BigCommerce (default 15000 ms); null restores the default. */
  setBigCommerceTimeoutMs(ms: number | null): void;
}

declare global {
  interface Window {
    mockBackend?: E2EMockBackend;
  }
}
