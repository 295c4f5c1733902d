// The BigCommerce simulator over HTTP, for `npm run serve -- --simulate` and tests. Importing it
// installs fake-indexeddb as the process's IndexedDB (the simulator's memory of codes and tokens).
export { startSimulatorServer, type SimulatorServer, type SimulatorServerOptions } from './server';
export { demoAppRegistration, type AppRegistration } from './apps';
export { CONTROL_PATHS } from './controls';
export { StateFileError, exportSimulatorState, type SimulatorState } from './stateFile';
export {
  readSimulatorSettings,
  simulatorQuotaSchema,
  simulatorNeighborSchema,
  simulatorSettingExpectations,
  neighborProblem,
  DEFAULT_SIMULATOR_QUOTA,
  type SimulatorSettings,
} from './settings';
export type { QuotaSetting } from '../quota';
export { CONTROL_PANEL_SOURCE } from './installPages';
export { MAX_BODY_BYTES } from './nodeBridge';
export {
  signedPayloadJwt,
  signedPayloadClaims,
  badSignedPayloadJwt,
  SIGNED_PAYLOAD_LIFETIME_S,
  type SignedPayloadInput,
  type SignedPayloadFlaw,
} from './signedPayload';
