import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiAccountGuide, chooseAuthTypeGuide, oauth2Guide, type Guide, type StepContext } from '../guides';
import { authTypeOptions, fieldText, oauthClientText } from '../schema/plain';
import type { OAuthClient } from '../schema';
import { loadSectionParts } from './lazyParts';
import { renderConnectionForm, stubFetch } from './renderConnectionForm';

// Every help text is this product's own words, true of the form it stands in (issue 24): it names
// no other product, and every control it names is one the form has, by its exact name.

/** Other products, and the words of one (integrator.io's "flows", "imports and exports", "iClient"). */
const otherProducts = [
  /integrator\.io/i,
  /celigo/i,
  /\biClients?\b/,
  /imports and exports/i,
  /\bflows?\b/i,
  /zapier/i,
  /workato/i,
  /mulesoft/i,
  /boomi/i,
  /\bnango\b/i,
  /\bn8n\b/i,
  /pipedream/i,
];

const contexts: StepContext[] = (['oauth2', 'basic', 'token', undefined] as const).map((authType) => ({
  authType,
  redirectUrl: 'http://localhost/oauth/callback',
  scopes: [],
}));

/** Every text a guide can show: title, intro, steps and notes (for each auth type), the older steps. */
function guideTexts(guide: Guide): string[] {
  const texts = [guide.title, ...guide.olderSteps, ...(guide.olderNote ? [guide.olderNote] : [])];
  for (const context of contexts) {
    const evaluate = (text: Guide['intro']) => (typeof text === 'function' ? text(context) : text);
    texts.push(evaluate(guide.intro));
    for (const step of guide.steps) {
      texts.push(evaluate(step.text));
      for (const extra of step.extras ?? []) if (extra.kind === 'note') texts.push(evaluate(extra.text));
    }
  }
  return [...new Set(texts)];
}

const helpTexts = [
  ...Object.values(fieldText).map((field) => field.help),
  ...Object.values(oauthClientText).map((field) => field.help),
  ...authTypeOptions.map((option) => option.description),
];
const allTexts = [...helpTexts, ...[oauth2Guide, apiAccountGuide, chooseAuthTypeGuide].flatMap(guideTexts)];
const labels = new Set<string>([...Object.values(fieldText), ...Object.values(oauthClientText)].map((field) => field.label));

/** A control named in "double quotes" (straight or curly). */
const quotedNames = (text: string) => [...text.matchAll(/"([^"]+)"|“([^”]+)”/g)].map((match) => match[1] ?? match[2] ?? '');
/** "the plus (+) button", "the edit button": a button named by something other than its quoted name. */
const unnamedButtons = (text: string) => [...text.matchAll(/(?:^|\s)(?!the\s|a\s|this\s)(\S+) button\b/gi)].map((match) => match[1] ?? '').filter((word) => !word.endsWith('"') && !word.endsWith('”'));
/** "…into Client ID": a field of ours (a **bold** name after "into" is BigCommerce's). Returns what follows each "into". */
const intoFields = (text: string) => [...text.matchAll(/\binto (?!\*\*)(?=[A-Z])/g)].map((match) => text.slice((match.index ?? 0) + match[0].length));
const namesField = (rest: string) => [...labels].some((label) => rest.startsWith(label) && !/^\w/.test(rest.slice(label.length)));

describe('help texts in our own words', () => {
  it.each(allTexts)('names no other product: %s', (text) => {
    for (const product of otherProducts) expect(text).not.toMatch(product);
  });

  it('names no button by an icon or a word it does not show ("the plus (+) button", "the edit button")', () => {
    expect(allTexts.flatMap(unnamedButtons)).toEqual([]);
    expect(unnamedButtons('click the plus (+) button. Click the edit button.')).toEqual(['(+)', 'edit']);
  });

  it('"into X" names a field of this form', () => {
    const named = allTexts.flatMap(intoFields);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((rest) => !namesField(rest))).toEqual([]);
    expect(namesField('Client secret and save')).toBe(true);
    expect(namesField('Client Secret field')).toBe(false);
  });

  it('Auth type names every auth type the form offers, and no other', () => {
    for (const option of authTypeOptions) expect(fieldText.authType.help).toContain(option.label);
    expect(fieldText.authType.help).not.toMatch(/\beither\b/);
  });
});

const now = '2026-01-02T03:04:05.000Z';
const client: OAuthClient = { id: 'c', name: 'My app', clientId: 'abc', clientSecret: { set: true, updatedAt: now }, createdAt: now, updatedAt: now };

stubFetch();
beforeAll(loadSectionParts);

describe('controls named in the help texts', () => {
  /** The names of every button and link the form shows with each auth type. */
  async function controlNames(): Promise<Set<string>> {
    const { user } = renderConnectionForm({ connections: [], oauthClients: [client] });
    const names = new Set<string>();
    const collect = () => {
      for (const element of screen.queryAllByRole('button').concat(screen.queryAllByRole('link'))) {
        const name = element.textContent?.trim();
        if (name) names.add(name);
      }
    };
    const group = screen.getByRole('group', { name: fieldText.authType.label });
    for (const option of authTypeOptions) {
      await user.click(within(group).getByRole('radio', { name: option.label }));
      await screen.findByLabelText(fieldText.storeHash.label, { selector: 'input' });
      collect();
    }
    return names;
  }

  it('every "quoted" control is a button or link of the form, by its exact name', async () => {
    const names = await controlNames();
    expect(names).toContain('Create OAuth 2.0 client');
    const quoted = allTexts.flatMap(quotedNames);
    expect(quoted.length).toBeGreaterThan(0);
    for (const name of quoted) expect(names, `"${name}"`).toContain(name);
  });

  it('the check finds a control the form does not have', async () => {
    const names = await controlNames();
    expect(names).not.toContain(quotedNames('click "Add client"')[0]);
  });
});
