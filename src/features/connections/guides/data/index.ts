import type { AuthType } from '../../schema';
import type { Guide } from './types';
import { apiAccountGuide } from './apiAccount';
import { chooseAuthTypeGuide } from './chooseAuthType';
import { oauth2Guide } from './oauth2';

export { apiAccountGuide, chooseAuthTypeGuide, oauth2Guide };

/** Basic and Token share one guide: both take a store-level API account's credentials. */
export function guideFor(authType: AuthType | undefined): Guide {
  if (authType === 'oauth2') return oauth2Guide;
  if (authType === 'basic' || authType === 'token') return apiAccountGuide;
  return chooseAuthTypeGuide;
}
