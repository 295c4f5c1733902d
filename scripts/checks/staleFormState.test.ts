// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The connection form's provider holds the `useForm` result of its first render
 * (ConnectionForm.tsx), so a `formState` read from the context is stale: eslint.config.js refuses
 * it in src/. Each case is linted as if it were a component of the form.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const filePath = 'src/features/connections/form/Probe.tsx';

async function restrictions(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { useFormContext, useFormState } from 'react-hook-form';\n${code}\n`, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.message);
}

// The first case loads ESLint and its plugins: seconds on a busy machine.
describe("form state from a form's context", { timeout: 60_000 }, () => {
  it.each([
    'export function Probe() { const { formState } = useFormContext(); return formState.isSubmitted; }',
    'export function Probe() { const { formState: { errors } } = useFormContext(); return errors; }',
    'export function Probe() { return useFormContext().formState.isDirty; }',
  ])('%s is refused', async (code) => {
    expect(await restrictions(code)).toEqual([expect.stringContaining('subscribe with useFormState')]);
  });

  it.each([
    'export function Probe() { const { isSubmitted } = useFormState(); return isSubmitted; }',
    'export function Probe() { const { register, setValue } = useFormContext(); return [register, setValue]; }',
  ])('%s passes', async (code) => {
    expect(await restrictions(code)).toEqual([]);
  });
});
