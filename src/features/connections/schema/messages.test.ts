import { describe, expect, it } from 'vitest';
import { messages, withArticle } from './messages';

describe('the article before a label', () => {
  it('is "an" before a vowel and "a" before a consonant', () => {
    expect(withArticle('access token')).toBe('an access token');
    expect(withArticle('Email address')).toBe('an Email address');
    expect(withArticle('password')).toBe('a password');
    expect(withArticle('client secret')).toBe('a client secret');
    expect(withArticle('username')).toBe('a username');
    expect(withArticle('URL')).toBe('a URL');
  });

  it('reads right in the messages that name a secret or a name', () => {
    expect(messages.secretHasOtherCharacters('access token')).toContain('never puts in one: an access token has only');
    expect(messages.secretHasOtherCharacters('password')).toContain('never puts in one: a password has only');
    expect(messages.nameHasControl('description')).toContain('a description holds');
  });
});
