import { credentialLabelOf } from './credentialsFile';

/*
 * Why these heuristics look at evidence, not shape: BigCommerce documents no access-token format
 * ("xxxxalphanumstringxxxx"), and its client IDs are 31 to 32 letters and digits, which is what
 * tokens look like too. Length or alphabet cannot tell them apart. What can be told apart:
 *   - a label or header name pasted along with the value ("ACCESS TOKEN: …", "Bearer …",
 *     "X-Auth-Token: …", "CLIENT ID: …", "X-Auth-Client: …");
 *   - the same value in both fields (one of them was pasted twice).
 * Anything else returns false: a warning that cries wolf teaches people to ignore warnings.
 */
export function looksLikeAccessToken(value: string): boolean {
  const text = value.trim();
  return credentialLabelOf(text) === 'accessToken' || /^(bearer\s|x-auth-token\s*:)/i.test(text);
}

export function looksLikeClientId(value: string): boolean {
  const text = value.trim();
  return credentialLabelOf(text) === 'clientId' || /^x-auth-client\s*:/i.test(text);
}

export interface CredentialFieldLabels {
  clientId: string;
  accessToken: string;
}

export function credentialMixupWarnings(
  values: { clientId?: string; accessToken?: string },
  labels: CredentialFieldLabels,
): string[] {
  const clientId = values.clientId?.trim() ?? '';
  const accessToken = values.accessToken?.trim() ?? '';
  const warnings: string[] = [];
  if (clientId && clientId === accessToken) {
    warnings.push(
      `${labels.clientId} and ${labels.accessToken} hold the same value, so one of them was pasted twice. Copy each from its own line: CLIENT ID and ACCESS TOKEN.`,
    );
  }
  if (clientId && looksLikeAccessToken(clientId)) {
    warnings.push(
      `${labels.clientId} looks like an access token. Paste the value of the CLIENT ID line instead, without its label.`,
    );
  }
  if (accessToken && looksLikeClientId(accessToken)) {
    warnings.push(
      `${labels.accessToken} looks like a client ID. Paste the value of the ACCESS TOKEN line instead, without its label.`,
    );
  }
  return warnings;
}

function isLocalHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  );
}

/** BigCommerce needs public HTTPS callback URLs outside development (FACTS §4). */
export function redirectUrlWarning(redirectUrl: string): string | undefined {
  if (!redirectUrl.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(redirectUrl);
  } catch {
    return 'The redirect URL is not a complete web address. BigCommerce needs the full https:// address.';
  }
  if (url.protocol === 'https:' || isLocalHost(url.hostname)) return undefined;
  return `The redirect URL starts with ${url.protocol}//, but BigCommerce accepts only HTTPS callback URLs outside localhost. Open this app over https:// and copy the redirect URL again.`;
}
