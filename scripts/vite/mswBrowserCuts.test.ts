// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cutBrowserEntry } from './mswBrowserCuts';

const browserEntry = readFileSync(fileURLToPath(new URL('../../node_modules/msw/lib/browser/index.mjs', import.meta.url)), 'utf8');

describe("the cuts to msw's browser bundle", () => {
  it('leave the service worker and drop the WebSocket interceptor and the fallback', () => {
    const cut = cutBrowserEntry(browserEntry);
    if (typeof cut !== 'string') throw new Error(cut.problem);
    expect(cut).toContain('ServiceWorkerSource');
    for (const gone of ['WebSocketInterceptor', 'FallbackHttpSource', 'XMLHttpRequestInterceptor', 'FetchInterceptor']) {
      expect(cut).not.toContain(`var ${gone} =`);
    }
  });

  it('fail when an edit does not find its text', () => {
    const changed = browserEntry.replace('new FallbackHttpSource(', 'new OtherFallback(');
    expect(cutBrowserEntry(changed)).toEqual({ problem: expect.stringContaining('the fallback mode') });
  });

  it('fail when code it removes is still used elsewhere', () => {
    const changed = browserEntry.replace('// src/browser/setup-worker.ts', '// src/browser/setup-worker.ts\nconst stillThere = XMLHttpRequestInterceptor;');
    expect(cutBrowserEntry(changed)).toEqual({ problem: expect.stringContaining('XMLHttpRequestInterceptor') });
  });
});
