import { fieldText } from '../../schema/plain';
import type { Guide, StepContext } from './types';

const isBasic = (context: StepContext) => context.authType === 'basic';

// Basic here is the field set's label for an API account's client ID + access token;
// BigCommerce's own legacy Basic auth is a different, retired thing (FACTS §3).
const basicIntro =
  "Basic takes the same store-level API account as Token: its client ID as the username and its access token as the password. It is not BigCommerce's legacy Basic auth (a control-panel username with an API key), which BigCommerce no longer issues: new stores cannot create it since July 2018, and since February 2022 BigCommerce issues none to new stores. For a new connection, prefer Token.";

const tokenIntro =
  'A store-level API account gives you the access token and client ID. Someone who can create API accounts in the store does this once per connection.';

// Control-panel steps as BigCommerce shows them today (FACTS §2).
export const apiAccountGuide: Guide = {
  id: 'apiAccount',
  kind: 'steps',
  title: 'Create a store-level API account',
  intro: (context) => (isBasic(context) ? basicIntro : tokenIntro),
  steps: [
    {
      id: 'sign-in',
      text: "Sign in to the store's control panel as the store owner, or as a user with the **Create store-level API Accounts** permission.",
      produces: [],
    },
    {
      id: 'open-settings',
      text: 'Go to **Settings › Store-level API accounts** (some screens say Store-level API Tokens).',
      produces: [],
      extras: [{ kind: 'link', to: 'storeApiAccounts' }],
    },
    {
      id: 'create',
      text: 'Click **+ Create API Account**.',
      produces: [],
      extras: [
        {
          kind: 'note',
          text: 'A store can have at most 50 store-level API accounts. If it already has 50, delete one that is no longer used.',
        },
      ],
    },
    { id: 'token-type', text: 'Set **Token type** to **V2/V3 API token** (not Stencil-CLI token).', produces: [] },
    {
      id: 'account-name',
      text: 'Enter a **Name** of at least 4 characters that says what uses the account. It is only a label.',
      produces: [],
    },
    {
      id: 'api-path',
      text: 'Note the **API path**, https://api.bigcommerce.com/stores/HASH/v3/: the part after /stores/ is the store hash.',
      produces: ['storeHash'],
    },
    {
      id: 'scopes',
      text: 'Under **OAuth Scopes**, set each resource your integrations use to **read-only** or **modify**, and leave the others at **none**.',
      produces: [],
      extras: [
        {
          kind: 'note',
          text: "Testing the connection reads the store's information: set **Information & Settings** to at least read-only.",
        },
      ],
    },
    {
      id: 'save',
      text: 'Click **Save**. BigCommerce shows the credentials once and downloads them as a .txt file; they cannot be shown again, so keep the file safe.',
      produces: [],
      extras: [{ kind: 'importControl' }],
    },
    {
      id: 'copy-token',
      text: (context) =>
        `Copy the **Access token** into ${isBasic(context) ? fieldText.password.label : fieldText.accessToken.label}.`,
      produces: ['accessToken', 'password'],
    },
    {
      id: 'copy-client-id',
      text: (context) =>
        `Copy the **Client ID** into ${isBasic(context) ? fieldText.username.label : fieldText.clientId.label}.`,
      produces: ['clientId', 'username'],
    },
  ],
  olderSteps: [
    "Sign in to the store's control panel.",
    'Open Advanced Settings › API Accounts.',
    'Click Create API Account.',
    'Give the account a name.',
    'Set the OAuth scopes your integrations need.',
    'Click Save.',
    'Copy the access token and the client ID that BigCommerce shows.',
  ],
  olderNote:
    'On some of these screens the button reads **Create V2/V3 API Token**. The client ID is shown with the access token and is in the downloaded .txt file too.',
};
