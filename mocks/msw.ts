// msw's library, a chunk of its own (scripts/vite/mockChunks.ts): the backend's start evaluates it
// in one task and its own code in the next.
export { setupWorker } from 'msw/browser';
export { delay, http, HttpResponse } from 'msw';
