// The controls the embedded mock backend puts on `window` for tests (mocks/browser.ts).
// Declared here instead of imported, so that the e2e type check does not pull the app's
// Vite-only modules into the Node program.
export type MockOperation =
  | 'connections.list'
  | 'connections.get'
  | 'connections.create'
  | 'connections.update'
  | 'connections.delete'
  | 'oauthClients.list'
  | 'oauthClients.create'
  | 'oauthClients.update';

export type MockFailure = 'server-error' | 'unavailable' | 'network-error' | 'slow' | 'malformed-json' | 'contract-violation';

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
}

declare global {
  interface Window {
    mockBackend?: E2EMockBackend;
  }
}
