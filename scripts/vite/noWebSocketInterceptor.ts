/**
 * Stands in for @mswjs/interceptors/WebSocket in the browser build (see mswHttpOnly.ts): msw's
 * `ws` API is the only user, and the embedded backend mocks HTTP only.
 */
export class WebSocketInterceptor {
  constructor() {
    throw new Error("msw's WebSocket interception is left out of this build (scripts/vite/mswHttpOnly.ts).");
  }
}
