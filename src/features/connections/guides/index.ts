// The setup guides and the credentials-file import: what the connection panel uses.
export { SetupGuide, type SetupGuideProps } from './view/SetupGuide';
export { SetupGuideLayout } from './view/SetupGuideLayout';
export { isNarrowScreen, narrowScreen } from './view/narrowScreen';
export { useGuideProgress, type GuideProgress } from './view/useGuideProgress';
export { ImportCredentials, type ImportCredentialsProps, type ImportOutcome } from './import/ImportCredentials';
export {
  parseCredentialsFile,
  credentialsFileErrors,
  type CredentialsFileResult,
  type CredentialsFileValues,
} from './import/credentialsFile';
export {
  looksLikeAccessToken,
  looksLikeClientId,
  credentialMixupWarnings,
  redirectUrlWarning,
} from './import/credentialWarnings';
export { guideWarnings } from './view/guideWarnings';
export { guideFor, oauth2Guide, apiAccountGuide, chooseAuthTypeGuide } from './data';
export { developerPortalUrl, storeApiAccountsUrl, storeControlPanelUrl } from './data/links';
export { scopeLabel } from './data/scopeLabels';
export type { Guide, GuideFieldName, Step, StepContext, StepExtra } from './data/types';
export type { RenderCopy } from './view/StepExtras';
