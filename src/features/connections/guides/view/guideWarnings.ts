import { fieldText } from '../../schema/plain';
import type { AuthType } from '../../schema';
import { credentialMixupWarnings, redirectUrlWarning } from '../import/credentialWarnings';

export interface GuideWarningInput {
  authType?: AuthType;
  redirectUrl: string;
  clientId?: string;
  accessToken?: string;
}

/** The warnings the guide shows for what the form holds now. */
export function guideWarnings({ authType, redirectUrl, clientId, accessToken }: GuideWarningInput): string[] {
  if (authType === 'oauth2') {
    const warning = redirectUrlWarning(redirectUrl);
    return warning ? [warning] : [];
  }
  if (authType === 'basic') {
    return credentialMixupWarnings(
      { clientId, accessToken },
      { clientId: fieldText.username.label, accessToken: fieldText.password.label },
    );
  }
  if (authType === 'token') {
    return credentialMixupWarnings(
      { clientId, accessToken },
      { clientId: fieldText.clientId.label, accessToken: fieldText.accessToken.label },
    );
  }
  return [];
}
