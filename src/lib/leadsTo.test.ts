import { describe, expect, it } from 'vitest';
import { leadsTo, pageLedTo } from './leadsTo';

describe('leadsTo', () => {
  it('marks an element, and an event inside it finds the page', () => {
    const button = document.createElement('button');
    for (const [name, value] of Object.entries(leadsTo('panel'))) button.setAttribute(name, value);
    const label = button.appendChild(document.createElement('span'));
    expect(pageLedTo(label)).toBe('panel');
    expect(pageLedTo(button)).toBe('panel');
    const link = document.createElement('a');
    link.setAttribute('data-leads-to', leadsTo('details')['data-leads-to']);
    expect(pageLedTo(link)).toBe('details');
  });

  it('finds nothing outside a marked element, or for a value that names no page', () => {
    const stray = document.createElement('a');
    stray.setAttribute('data-leads-to', 'settings');
    expect(pageLedTo(stray)).toBeUndefined();
    expect(pageLedTo(document.createElement('div'))).toBeUndefined();
    expect(pageLedTo(null)).toBeUndefined();
  });
});
