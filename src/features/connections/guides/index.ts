// The setup guides and the credentials-file import: what the connection panel uses.
export { SetupGuide, type SetupGuideProps } from './SetupGuide';
export { SetupGuideLayout } from './SetupGuideLayout';
export { isNarrowScreen, narrowScreen } from './narrowScreen';
export { useGuideProgress, type GuideProgress } from './useGuideProgress';
export { ImportCredentials, type ImportCredentialsProps, type ImportOutcome } from './ImportCredentials';
export {
  parseCredentialsFile,
  credentialsFileErrors,
  type CredentialsFileResult,
  type CredentialsFileValues,
} from './credentialsFile';
export {
  looksLikeAccessToken,
  looksLikeClientId,
  credentialMixupWarnings,
  redirectUrlWarning,
} from './credentialWarnings';
export { guideWarnings } from './guideWarnings';
export { guideFor, oauth2Guide, apiAccountGuide, chooseAuthTypeGuide } from './data';
export { developerPortalUrl, storeApiAccountsUrl, storeControlPanelUrl } from './links';
export { scopeLabel } from './scopeLabels';
export type { Guide, GuideFieldName, Step, StepContext, StepExtra } from './types';
export type { RenderCopy } from './StepExtras';
