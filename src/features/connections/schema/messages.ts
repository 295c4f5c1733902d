// Every message says what is wrong and how to fix it. The form, the mock backend and the tests
// all read them from here.
export const messages = {
  nameRequired: 'Enter a name for this connection, for example "BigCommerce - Main store".',
  nameTooLong: (length: number) =>
    `Shorten the name to 100 characters or fewer (it has ${length}).`,
  nameTaken: (name: string) =>
    `A connection named "${name}" already exists. Choose a different name.`,
  authTypeRequired: 'Choose an auth type: OAuth 2.0, Basic or Token.',
  storeHashRequired:
    'Enter the store hash: the part after /stores/ in your API path, for example abc123 in https://api.bigcommerce.com/stores/abc123/v3/.',
  storeHashInvalid:
    'A store hash has only letters and digits. Copy it from your API path (https://api.bigcommerce.com/stores/abc123/v3/) or your control-panel address (store-abc123.mybigcommerce.com).',
  oauthClientRequired:
    'Select an OAuth 2.0 client, or create one with "Create OAuth 2.0 client".',
  scopesRequired: 'Choose at least one scope: set a resource to Read-only or Modify.',
  clientIdRequired: (label: string) =>
    `Enter the ${label}: the client ID shown with your API account's credentials.`,
  clientIdInvalid: (label: string) =>
    `The ${label} has only letters and digits, about 30 of them. Copy the client ID again from your API account's credentials.`,
  secretRequired: (label: string) =>
    `Enter the ${label}: the access token shown once when the API account was created.`,
  secretHasSpace: (label: string) =>
    `The ${label} contains a space or line break. Paste it again as one unbroken string.`,
  secretHasBearer: (label: string) =>
    `Remove "Bearer " from the start of the ${label}: enter the token alone.`,
  clientNameRequired: 'Enter a name for this OAuth 2.0 client, for example "My BigCommerce app".',
  clientSecretRequired:
    'Enter the client secret shown with your app\'s credentials in the BigCommerce Developer Portal.',
} as const;
