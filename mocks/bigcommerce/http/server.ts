// The BigCommerce simulator as its own local HTTP service: one origin stands for both
// api.bigcommerce.com (/stores/...) and login.bigcommerce.com (everything else), so a server
// configured with BIGCOMMERCE_API_URL = BIGCOMMERCE_LOGIN_URL = url reaches it with real fetch.
// The same MSW handlers answer as in the browser and in Vitest, through getResponse (no
// interception). Codes and tokens live in IndexedDB, which fake-indexeddb provides in Node.
import 'fake-indexeddb/auto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { bigcommerceHandlers } from '../handlers';
import { setSimulatorQuota, type QuotaSetting } from '../quota';
import { API_BASE } from '../store';
import { registerApps, type AppRegistration } from './apps';
import { callbackHandlers } from './callbackPages';
import { controlHandlers } from './controls';
import { controlPanelHandlers } from './controlPanelPages';
import { LOGIN_ORIGIN, assetHandlers } from './html';
import { appFinder, installHandlers } from './installPages';
import { startNeighbor } from './neighbor';
import { openStateFile } from './stateFile';
import { BodyTooLargeError, readBody, toWebRequest, writeWebResponse } from './nodeBridge';

/** Time to receive a request's headers, and the whole request; a hung answer is not limited by them. */
export const HEADERS_TIMEOUT_MS = 5_000;
export const REQUEST_TIMEOUT_MS = 10_000;

const API_ORIGIN = new URL(API_BASE).origin;

export interface SimulatorServerOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** The apps that can be installed, with their callback URLs (see demoAppRegistration). */
  readonly apps: readonly AppRegistration[];
  /** Every store's quota and window (SIMULATOR_QUOTA); each store's plan over 30 s when not given. */
  readonly quota?: QuotaSetting;
  /** Requests per window another app takes from each store's quota (SIMULATOR_NEIGHBOR); none when not given. */
  readonly neighbor?: number;
  /**
   * Where to keep codes, app tokens, changed products and deleted accounts across restarts (read at
   * start, written after each change, before the answer leaves); in memory only when not given.
   */
  readonly stateFile?: string;
}

export interface SimulatorServer {
  /** e.g. http://127.0.0.1:4010, without a trailing slash. */
  readonly url: string;
  /** Stops listening and drops open connections, hung requests included. */
  close(): Promise<void>;
}

/** The URL the request would have had at BigCommerce. */
export function simulatedUrl(pathAndQuery: string): string {
  return `${pathAndQuery.startsWith('/stores/') ? API_ORIGIN : LOGIN_ORIGIN}${pathAndQuery}`;
}

function plainText(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } });
}

export async function startSimulatorServer(options: SimulatorServerOptions): Promise<SimulatorServer> {
  const findApp = appFinder(registerApps(options.apps));
  const handlers = [
    ...controlHandlers,
    ...assetHandlers,
    ...installHandlers(findApp),
    ...callbackHandlers(findApp),
    ...controlPanelHandlers,
    ...bigcommerceHandlers,
  ];
  const state = options.stateFile ? await openStateFile(options.stateFile) : undefined;

  async function answer(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    // The caller going away is what releases a 'hang' scenario, as an abort does in msw/node.
    const gone = new AbortController();
    outgoing.on('close', () => gone.abort());
    let response: Response;
    try {
      const path = incoming.url ?? '/';
      const request = toWebRequest(incoming, simulatedUrl(path), await readBody(incoming), gone.signal);
      response = (await getResponse(handlers, request)) ?? plainText(404, `The BigCommerce simulator has nothing at ${path}.`);
      // What the answer tells the caller (a code, a token) is in the file before the caller has it.
      await state?.flush();
    } catch (error) {
      response =
        error instanceof BodyTooLargeError
          ? plainText(413, error.message, { Connection: 'close' })
          : plainText(500, `The BigCommerce simulator failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    await writeWebResponse(outgoing, response);
  }

  const server = createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS }, (incoming, outgoing) => {
    void answer(incoming, outgoing);
  });
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await state?.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  // Quotas are module memory, shared by every simulator server of the process (as scenarios are).
  if (options.quota) setSimulatorQuota(options.quota);
  const stopNeighbor = startNeighbor(options.neighbor ?? 0);
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${shownHost}:${port}`,
    async close() {
      stopNeighbor();
      if (options.quota) setSimulatorQuota(undefined);
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await state?.close();
    },
  };
}
