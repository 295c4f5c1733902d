import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SetupGuide, type SetupGuideProps } from './SetupGuide';

const base: SetupGuideProps = { redirectUrl: 'https://app.example.com/cb', scopes: [] };

function renderGuide(props: Partial<SetupGuideProps> = {}) {
  const view = render(<SetupGuide {...base} {...props} />);
  const rerender = (next: Partial<SetupGuideProps>) => view.rerender(<SetupGuide {...base} {...props} {...next} />);
  return { ...view, rerender };
}

const stepOf = (name: RegExp) => screen.getByRole('checkbox', { name }).closest('li') as HTMLElement;
const currentSteps = (container: HTMLElement) => [...container.querySelectorAll('[aria-current="step"]')];

function mockReducedMotion(reduce: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({ matches: reduce && query.includes('prefers-reduced-motion'), media: query }) as unknown as MediaQueryList,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('SetupGuide follows the focused field', () => {
  it.each([
    ['oauth2', 'redirectUrl', /Auth callback URL/],
    ['oauth2', 'scopes', /^Open the Scopes tab/],
    ['oauth2', 'oauthClientId', /paste the Client ID into Client ID/],
    ['oauth2', 'clientSecret', /^Paste the Client Secret/],
    ['oauth2', 'storeHash', /the part after store- is the store hash/],
    ['token', 'storeHash', /^Note the API path/],
    ['token', 'accessToken', /^Copy the Access token/],
    ['token', 'clientId', /^Copy the Client ID/],
    ['basic', 'password', /^Copy the Access token into Password/],
    ['basic', 'username', /^Copy the Client ID into Username/],
  ] as const)('%s: %s marks its step current', (authType, activeField, step) => {
    const { container } = renderGuide({ authType, activeField });
    expect(stepOf(step)).toHaveAttribute('aria-current', 'step');
    expect(currentSteps(container)).toHaveLength(1);
  });

  it('marks no step for a field no step produces', () => {
    const { container } = renderGuide({ authType: 'token', activeField: 'name' });
    expect(currentSteps(container)).toHaveLength(0);
  });

  it('scrolls the current step into view smoothly, without taking focus', () => {
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();

    const { rerender } = renderGuide({ authType: 'token' });
    expect(scroll).not.toHaveBeenCalled();
    rerender({ activeField: 'clientId' });

    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll).toHaveBeenCalledWith({ block: 'nearest', behavior: 'smooth' });
    expect(scroll.mock.contexts[0]).toBe(stepOf(/^Copy the Client ID/));
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('scrolls without animation when reduced motion is preferred', () => {
    mockReducedMotion(true);
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    renderGuide({ authType: 'oauth2', activeField: 'scopes' });
    expect(scroll).toHaveBeenCalledWith({ block: 'nearest', behavior: 'auto' });
  });

  it('starts collapsed on a narrow screen', () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) => ({ matches: query.includes('max-width'), media: query }) as unknown as MediaQueryList,
    );
    renderGuide({ authType: 'oauth2' });
    expect(screen.getByText('Setup guide', { selector: 'summary' }).closest('details')).not.toHaveAttribute('open');
  });
});

describe('SetupGuide on a narrow screen', () => {
  it('marks the step but does not scroll: the guide is stacked with the form there', () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) => ({ matches: query.includes('max-width'), media: query }) as unknown as MediaQueryList,
    );
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    renderGuide({ authType: 'token', activeField: 'clientId' });
    expect(stepOf(/^Copy the Client ID/)).toHaveAttribute('aria-current', 'step');
    expect(scroll).not.toHaveBeenCalled();
  });
});
