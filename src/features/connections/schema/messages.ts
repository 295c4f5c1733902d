// Every message says what is wrong and how to fix it. The form, the mock backend and the tests
// all read them from here.

/** The limits the messages name; the schemas (common.ts) enforce them. */
export const inputLimits = {
  /** A name a person gives a thing: a connection, an OAuth client, an API key, a webhook's description. */
  nameMaxLength: 100,
  /** BigCommerce's tokens and secrets are about 30 characters; this leaves room for longer ones. */
  secretMaxLength: 512,
  /** BigCommerce's client IDs are 31 to 32 letters and digits. */
  clientIdMaxLength: 128,
  /** BigCommerce's store hashes are about 10 letters and digits. */
  storeHashMaxLength: 64,
} as const;

/** "a password", "an access token": the article a label takes. A "u" is said "you" in the labels here (username, URL). */
export const withArticle = (label: string) => `${/^[aeio]/i.test(label) ? 'an' : 'a'} ${label}`;

export const messages = {
  nameRequired: 'Enter a name for this connection, for example "BigCommerce - Main store".',
  nameTooLong: (length: number, label = 'name') =>
    `Shorten the ${label} to ${inputLimits.nameMaxLength} characters or fewer (it has ${length}).`,
  nameHasControl: (label = 'name') =>
    `Remove the invisible or broken characters from the ${label} (a tab, a line break, another control character or half of an emoji): ${withArticle(label)} holds letters, digits, spaces, punctuation and emoji.`,
  nameTaken: (name: string) =>
    `A connection named "${name}" already exists. Choose a different name.`,
  authTypeRequired: 'Choose an auth type: OAuth 2.0, Basic or Token.',
  storeHashRequired:
    'Enter the store hash: the part after /stores/ in your API path, for example abc123 in https://api.bigcommerce.com/stores/abc123/v3/.',
  storeHashTooLong: (length: number) =>
    `A store hash has at most ${inputLimits.storeHashMaxLength} letters and digits (BigCommerce's have about 10); this one has ${length}. Copy it from your API path (https://api.bigcommerce.com/stores/abc123/v3/).`,
  storeHashNotText:
    `The store hash is text: letters and digits only, at most ${inputLimits.storeHashMaxLength}, for example abc123 in https://api.bigcommerce.com/stores/abc123/v3/.`,
  storeHashInvalid:
    'A store hash has only letters and digits. Copy it from your API path (https://api.bigcommerce.com/stores/abc123/v3/) or your control-panel address (store-abc123.mybigcommerce.com).',
  oauthClientRequired:
    'Select an OAuth 2.0 client, or create one with "Create OAuth 2.0 client".',
  oauthClientUnknown:
    'The selected OAuth 2.0 client does not exist (any more). Select another one, or create one with "Create OAuth 2.0 client".',
  scopesRequired: 'Choose at least one scope: set a resource to Read-only or Modify.',
  scopesNotList: 'Send the scopes as a list of BigCommerce store scopes, for example ["store_v2_products_read_only"]; choose at least one.',
  scopeNotText: 'Each scope is the name of a BigCommerce store scope, as text, for example store_v2_products_read_only. Choose scopes from the list.',
  clientIdRequired: (label: string) =>
    `Enter the ${label}: the client ID shown with your API account's credentials.`,
  clientIdInvalid: (label: string) =>
    `The ${label} has only letters and digits, about 30 of them. Copy the client ID again from your API account's credentials.`,
  clientIdNotText: (label: string) =>
    `The ${label} is text: letters and digits only, at most ${inputLimits.clientIdMaxLength} (BigCommerce's have about 30). Copy the client ID again from your API account's credentials.`,
  clientIdTooLong: (label: string, length: number) =>
    `The ${label} has ${length} characters; BigCommerce's have about 30, and at most ${inputLimits.clientIdMaxLength} fit here. Copy the client ID again from your API account's credentials.`,
  secretRequired: (label: string) =>
    `Enter the ${label}: the access token shown once when the API account was created.`,
  secretNotText: (label: string) =>
    `The ${label} is text: 1 to ${inputLimits.secretMaxLength} letters, digits and ASCII symbols, with no spaces. Paste the ${label} alone.`,
  secretHasSpace: (label: string) =>
    `The ${label} contains a space or line break. Paste it again as one unbroken string.`,
  secretHasBearer: (label: string) =>
    `Remove "Bearer " from the start of the ${label}: enter the token alone.`,
  secretTooLong: (label: string, length: number) =>
    `The ${label} has ${length} characters: one has at most ${inputLimits.secretMaxLength} (BigCommerce's have about 30). Paste the ${label} alone.`,
  secretHasOtherCharacters: (label: string) =>
    `The ${label} contains a character BigCommerce never puts in one: ${withArticle(label)} has only letters, digits and ASCII symbols (no accents, emoji or invisible characters). Copy it again from your credentials.`,
  clientNameRequired: 'Enter a name for this OAuth 2.0 client, for example "My BigCommerce app".',
  clientSecretRequired:
    'Enter the client secret shown with your app\'s credentials in the BigCommerce Developer Portal.',
} as const;
