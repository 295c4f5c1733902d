import { describe, expect, it } from 'vitest';
import { listFilterPath, noMatchText, parseListFilter, showingText, statesOf } from './listFilter';

describe('the list filter in the address', () => {
  it('reads the search and the statuses, ignoring unknown ones', () => {
    expect(parseListFilter('?q=plum%20tree&status=uninstalled,bogus,attention')).toEqual({ q: 'plum tree', health: ['attention', 'uninstalled'] });
    expect(parseListFilter('')).toEqual({ q: '', health: [] });
    expect(parseListFilter(`q=${'a'.repeat(300)}`).q).toHaveLength(200);
  });

  it('writes only what is set, and round-trips', () => {
    expect(listFilterPath({ q: '  ', health: [] })).toBe('/');
    const path = listFilterPath({ q: ' Main & Co ', health: ['attention', 'uninstalled'] });
    expect(path).toBe('/?q=Main+%26+Co&status=attention,uninstalled');
    expect(parseListFilter(path.slice(1))).toEqual({ q: 'Main & Co', health: ['attention', 'uninstalled'] });
  });

  it('maps each status in words to the API states of the status model', () => {
    expect(statesOf(['working'])).toEqual(['online']);
    expect(statesOf(['attention'])).toEqual(['offline', 'not_authorized']);
    expect(statesOf(['uninstalled'])).toEqual(['revoked']);
    expect(statesOf(['unchecked'])).toEqual(['untested', 'authorized']);
  });

  it('says what matched nothing, and how many are shown', () => {
    expect(noMatchText({ q: 'zzz', health: [] })).toBe('No connection matches “zzz”.');
    expect(noMatchText({ q: '', health: ['working'] })).toBe('No connection has the status Working.');
    expect(noMatchText({ q: 'a', health: ['attention', 'uninstalled'] })).toBe('No connection with the status Needs attention or Uninstalled matches “a”.');
    expect(showingText(1)).toBe('Showing 1 connection');
    expect(showingText(60)).toBe('Showing 60 connections');
  });
});
