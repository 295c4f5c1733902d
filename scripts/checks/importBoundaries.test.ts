// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The import boundaries of eslint.config.js (docs/layout.md) still bite: each case is a line of
 * code linted as if it were in the given file, and the rule that must (or must not) object.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restrictions(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport { x };\n`, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message).filter((rule) => rule.startsWith('no-restricted-'));
}

const feature = 'src/features/connections';

// The first case loads ESLint and its plugins: seconds on a busy machine.
describe('import boundaries', { timeout: 60_000 }, () => {
  it.each([
    ['src/app/Probe.tsx', "import { x } from '../../mocks/node';"],
    ['src/main.tsx', "const x = () => import('../mocks/browser');"],
    [`${feature}/form/Probe.tsx`, "const x = () => import('../../../../mocks/browser');"],
    [`${feature}/test/Probe.tsx`, "import { x } from '../drafts/draftStore';"],
    [`${feature}/test/Probe.tsx`, "const x = () => import('../drafts/draftSchema');"],
    [`${feature}/guides/data/Probe.ts`, "import { x } from '../../form/TextField';"],
    ['src/app/Probe.tsx', "import { x } from '../features/connections/list/ConnectionsTable';"],
    ['src/app/Probe.tsx', "const x = () => import('../features/connections/authorize/authorizationFlow');"],
    ['mocks/backend/Probe.ts', "import { x } from '../../src/features/connections/form/formModel';"],
    ['e2e/Probe.ts', "import { x } from '../src/features/connections/schema/messages';"],
    ['src/lib/Probe.ts', "import { x } from '../features/connections/schema';"],
    ['src/features/session/Probe.tsx', "import { x } from '../connections/api';"],
    ['src/features/session/api/Probe.ts', "import { x } from '../../connections/schema/session';"],
    ['src/features/session/Probe.tsx', "const x = () => import('../activity/ActivityPage');"],
    ['src/features/activity/Probe.tsx', "import { x } from '../session/paths';"],
    ['src/app/Probe.tsx', "import { x } from '../features/session/sessionEnd';"],
    ['src/features/apiKeys/Probe.tsx', "import { x } from '../connections/api';"],
    ['src/features/apiKeys/Probe.tsx', "import { x } from '../session/paths';"],
    ['src/app/Probe.tsx', "import { x } from '../features/apiKeys/NewKeyNotice';"],
    [`${feature}/details/Probe.tsx`, "import { x } from '../list/ConnectionsTable';"],
  ])('%s: %s is refused', async (filePath, code) => {
    expect(await restrictions(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['src/app/start.tsx', "const x = () => import('../../mocks/browser');"],
    [`${feature}/test/Probe.tsx`, "import { x } from '../drafts/useConnectionDraft';"],
    [`${feature}/test/Probe.tsx`, "import { x } from './countdown';"],
    [`${feature}/form/Probe.tsx`, "const x = () => import('../test/ConnectionTest');"],
    ['src/app/Probe.tsx', "const x = () => import('../features/connections/form/ConnectionPanel');"],
    ['mocks/backend/Probe.ts', "import { x } from '../../src/features/connections/schema';"],
    ['e2e/Probe.ts', "import { x } from '../src/features/connections/schema/badInputs.corpus';"],
    ['src/features/session/api/Probe.ts', "import { x } from '../../connections/schema';"],
    ['src/features/activity/Probe.tsx', "import { x } from '../../lib/http';"],
    ['src/app/Probe.tsx', "const x = () => import('../features/session/SignInPage');"],
    ['src/app/Probe.tsx', "const x = () => import('../features/apiKeys/ApiKeysPage');"],
    ['src/features/apiKeys/api/Probe.ts', "import { x } from '../../connections/schema';"],
    [`${feature}/details/Probe.tsx`, "import { x } from '../list/ConnectionStatusCell';"],
    ['src/app/Probe.tsx', "const x = () => import('../features/connections/details/ConnectionDetailsPage');"],
  ])('%s: %s is allowed', async (filePath, code) => {
    expect(await restrictions(filePath, code)).toEqual([]);
  });
});
