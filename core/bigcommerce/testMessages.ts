// The messages of a connection test. Each says what is wrong and how to fix it.

/** How the secret was entered: decides the field and the wording of a refusal. */
export type CredentialKind = 'token' | 'basic' | 'oauth2';

export interface MissingScopeText {
  readonly scope: string;
  readonly uiName: string;
  /** UI names of the resources the probes could read all the same. */
  readonly readable: readonly string[];
}

function seconds(count: number): string {
  return count === 1 ? '1 second' : `${count} seconds`;
}

function duration(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? seconds(ms / 1000) : `${ms} ms`;
}

export const testMessages = {
  unauthorized(kind: CredentialKind, storeHash: string): string {
    switch (kind) {
      case 'token':
        return `BigCommerce refused this access token for store ${storeHash}. Check you copied the access token of an API account of this store.`;
      case 'basic':
        return `BigCommerce refused this password for store ${storeHash}. Enter the access token of an API account of this store as the password, and its client ID as the username.`;
      case 'oauth2':
        return `BigCommerce no longer accepts the token of this authorization for store ${storeHash}: the app may have been uninstalled or its scopes changed. Press Save & authorize to authorize it again.`;
    }
  },

  storeNotFound(storeHash: string): string {
    return `BigCommerce has no store with the hash "${storeHash}". Copy the store hash from your API account's API path (abc123 in https://api.bigcommerce.com/stores/abc123/v3/) or from your control-panel address (store-abc123.mybigcommerce.com).`;
  },

  missingScope(kind: CredentialKind, missing: MissingScopeText): string {
    const readable = missing.readable.length > 0 ? ` It can read ${missing.readable.join(', ')}.` : '';
    const what = `the ${missing.uiName} scope (${missing.scope}), so the store's details cannot be read.${readable}`;
    if (kind === 'oauth2') {
      return `BigCommerce accepted the token of this authorization, but it lacks ${what} Set ${missing.uiName} to Read-only in this connection's scopes, then press Save & authorize.`;
    }
    const secret = kind === 'basic' ? 'password (access token)' : 'access token';
    return `BigCommerce accepted this ${secret}, but its API account lacks ${what} In the BigCommerce control panel, open Settings › Store-level API accounts, give the account ${missing.uiName} Read-only (or create one that has it), then test again with its access token.`;
  },

  rateLimited(storeHash: string, retryAfterSeconds: number | undefined): string {
    const wait = retryAfterSeconds === undefined ? 'Wait a minute' : `Wait ${seconds(retryAfterSeconds)}`;
    return `BigCommerce is refusing requests to store ${storeHash} for now: the store's API request quota is used up. ${wait}, then test again.`;
  },

  unavailable(status: number): string {
    return `BigCommerce answered with an error (HTTP ${status}), so the connection could not be checked. The fault is on BigCommerce's side: try again in a few minutes, and see status.bigcommerce.com if it lasts.`;
  },

  unexpected(status: number): string {
    return `BigCommerce answered the test with an unexpected HTTP ${status}, so the connection could not be checked. Try again in a few minutes.`;
  },

  unreadable(): string {
    return "BigCommerce's answer to the test could not be read, so the connection could not be checked. Try again in a few minutes.";
  },

  timeout(limitMs: number): string {
    return `BigCommerce did not answer within ${duration(limitMs)}, so the connection could not be checked. It may be slow right now: try again in a few minutes.`;
  },

  network(): string {
    return 'BigCommerce (api.bigcommerce.com) could not be reached, so the connection could not be checked. Check the internet connection, then test again.';
  },

  notAuthorized(): string {
    return 'This connection is not authorized yet: no BigCommerce token is stored for it. Press Save & authorize and approve the app on BigCommerce.';
  },
} as const;
