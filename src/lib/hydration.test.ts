import { describe, expect, it } from 'vitest';
import { claimPrerendered, prerenderedValues, readControlValues, startHydration } from './hydration';

function form(id: string, html: string): HTMLFormElement {
  document.body.innerHTML = `<form id="${id}">${html}</form>`;
  return document.getElementById(id) as HTMLFormElement;
}

const controls = `
  <input name="name" value="">
  <input type="radio" name="authType" value="oauth2">
  <input type="radio" name="authType" value="token">
  <input name="empty" value="">
  <input value="no name">`;

describe('readControlValues', () => {
  it('reads the typed text and the checked radio, and leaves out empty and unnamed controls', () => {
    const element = form('f', controls);
    (element.elements.namedItem('name') as HTMLInputElement).value = 'Typed before the app';
    (element.querySelector('input[value="token"]') as HTMLInputElement).checked = true;
    expect(readControlValues(element)).toEqual({ name: 'Typed before the app', authType: 'token' });
  });

  it('reads nothing from an untouched form', () => {
    expect(readControlValues(form('f', controls))).toEqual({});
  });
});

describe('prerenderedValues', () => {
  it('reads a form only while hydrating, and only until that form has claimed its markup', () => {
    const element = form('claimed-form', controls);
    (element.elements.namedItem('name') as HTMLInputElement).value = 'Before';
    expect(prerenderedValues('claimed-form')).toEqual({});

    startHydration();
    expect(prerenderedValues('claimed-form')).toEqual({ name: 'Before' });
    expect(prerenderedValues('no-such-form')).toEqual({});

    claimPrerendered('claimed-form');
    expect(prerenderedValues('claimed-form')).toEqual({});
  });
});
