// POST https://login.bigcommerce.com/oauth2/token (FACTS §4). What it answers (tokenEndpoint.ts)
// is loaded on first use: the demo's start needs none of it.
import { http } from 'msw';

export const TOKEN_URL = 'https://login.bigcommerce.com/oauth2/token';

export const oauthHandlers = [
  http.post(TOKEN_URL, async ({ request }) => (await import('./tokenEndpoint')).answerTokenRequest(request)),
];
