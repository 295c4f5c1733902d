// The BigCommerce simulator: MSW handlers plus the controls tests and the consent page need.
export { bigcommerceHandlers } from './handlers';
export { resetBigCommerceSimulator } from './state';
export { setSimulatorClock, type SimulatorClock } from './clock';
export {
  issueAuthorizationCode,
  CODE_LIFETIME_MS,
  IMPLICIT_SCOPES,
  type IssueAuthorizationCodeInput,
  type IssuedAuthorizationCode,
} from './codes';
export { requiredScopes } from './auth';
export { revokeAccessToken, restoreApiAccount } from './revocation';
export { WINDOW_MS, setSimulatorQuota, type QuotaSetting } from './quota';
export { ERROR_TYPE_URL, errorText, type V2ErrorBody, type V3ErrorBody } from './errors';
export { TOKEN_URL } from './oauth';
export type { OAuthErrorCode } from './tokenEndpoint';
export { setBigCommerceScenario, bigCommerceScenarios, HANG_LIMIT_MS, type BigCommerceScenario } from './scenario';
export { simulatorDbName } from './db';
