import { describe, expect, it } from 'vitest';
import { emptyFormValues } from './formModel';
import { firstRenderDefaults, toTypedValues } from './typedBeforeHydration';

describe('toTypedValues', () => {
  it('keeps the name and a known auth type', () => {
    expect(toTypedValues({ name: 'Shop EU', authType: 'basic' })).toEqual({ name: 'Shop EU', authType: 'basic' });
  });

  it('drops an unknown auth type and fields the prerendered form does not have', () => {
    expect(toTypedValues({ authType: 'kerberos', password: 'hunter2', storeHash: 'abc' })).toEqual({});
  });
});

describe('firstRenderDefaults', () => {
  it('puts the typed name in the first render, so registering the input writes back what it holds', () => {
    expect(firstRenderDefaults(emptyFormValues, { name: 'Shop EU', authType: 'token' })).toEqual({ name: 'Shop EU' });
  });

  it('leaves the defaults alone when nothing was typed', () => {
    expect(firstRenderDefaults(emptyFormValues, {})).toBe(emptyFormValues);
  });
});
