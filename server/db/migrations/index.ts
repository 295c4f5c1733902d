import type { Migration } from 'kysely';
import * as initial from './0001_initial';
import * as signIn from './0002_sign_in';
import * as apiKeysAndProxy from './0003_api_keys_and_proxy';
import * as checksAndWebhooks from './0004_checks_and_webhooks';
import * as processLeases from './0005_process_leases';
import * as connectionList from './0006_connection_list';

/** Every migration, by name; names sort in the order they apply. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_initial': initial,
  '0002_sign_in': signIn,
  '0003_api_keys_and_proxy': apiKeysAndProxy,
  '0004_checks_and_webhooks': checksAndWebhooks,
  '0005_process_leases': processLeases,
  '0006_connection_list': connectionList,
};
