// The messages of the OAuth 2.0 callback. Each says what is wrong and how to fix it.

export const authorizationMessages = {
  unknownState:
    'No authorization is waiting for this answer from BigCommerce: it has expired (an authorization must finish within 10 minutes), it was started in another browser, or the demo data was reset since. Go back to the connection and press Save & authorize again.',
  connectionGone:
    'The connection this authorization was started for has been deleted or no longer uses OAuth 2.0. Open the connection list and create or edit the connection again.',
  changedMeanwhile:
    'The connection was saved again while it was being authorized, so this authorization no longer fits it. Press Save & authorize again.',
  accessDenied: 'You cancelled the authorization on BigCommerce. Press Save & authorize to try again.',
  otherError: (error: string, description?: string) =>
    `BigCommerce did not authorize the app (${description ? `${error}: ${description}` : error}). Press Save & authorize to try again.`,
  noCode: "BigCommerce's answer carried no authorization code. Press Save & authorize to try again.",
  invalidGrant: 'This authorization code was already used or has expired. Authorize again.',
  invalidClient: (clientName: string) =>
    `BigCommerce refused the client ID or client secret of the OAuth 2.0 client "${clientName}". Edit the OAuth 2.0 client, enter its client secret again exactly as the BigCommerce Developer Portal shows it (View credentials), then press Save & authorize.`,
  clientGone:
    'The OAuth 2.0 client of this connection no longer exists. Edit the connection, select an OAuth 2.0 client, then press Save & authorize.',
  storeMismatch: (granted: string, expected: string) =>
    `You authorized the app on store ${granted}, but this connection is for store ${expected}. Press Save & authorize again and choose store ${expected} on the BigCommerce page, or change the connection's store hash to ${granted}.`,
  timeout: (limitMs: number) =>
    `BigCommerce did not answer within ${limitMs >= 1000 ? `${Math.round(limitMs / 1000)} seconds` : `${limitMs} ms`}, so the authorization could not be finished. Press Save & authorize to try again in a few minutes.`,
  network:
    'BigCommerce (login.bigcommerce.com) could not be reached, so the authorization could not be finished. Check the internet connection, then press Save & authorize again.',
  failed: (status: number, detail?: string) =>
    `BigCommerce could not finish the authorization (HTTP ${status}${detail ? `: ${detail}` : ''}). Press Save & authorize to try again in a few minutes.`,
  unreadable:
    "BigCommerce's answer to the token request could not be read, so the authorization could not be finished. Press Save & authorize to try again.",
} as const;

/** The store hash of a context like "stores/abc123"; the context itself if it has another form. */
export function storeOfContext(context: string): string {
  return /^stores\/([^/]+)$/.exec(context)?.[1] ?? context;
}
