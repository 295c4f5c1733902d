import { afterEach, describe, expect, it } from 'vitest';
import { guardPrerenderedForms, releasePrerenderedForm } from './prerenderedLeaveGuard';

/** Dispatches beforeunload as the browser does; true when the page asked to stay (the prompt). */
function leaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

function prerenderedPage(): { root: HTMLElement; input: HTMLInputElement } {
  const root = document.createElement('div');
  root.innerHTML = '<form id="connection-form"><input name="name"></form><form id="other"><input name="q"></form>';
  document.body.append(root);
  return { root, input: root.querySelector('#connection-form input') as HTMLInputElement };
}

function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('the prerendered forms\' leave guard', () => {
  afterEach(() => {
    releasePrerenderedForm('connection-form');
    releasePrerenderedForm('other');
    document.body.innerHTML = '';
  });

  it('lets an untouched page go without asking', () => {
    guardPrerenderedForms(prerenderedPage().root);
    expect(leaving()).toBe(false);
  });

  it('asks once something was typed, until the app claims the form', () => {
    const { root, input } = prerenderedPage();
    guardPrerenderedForms(root);
    type(input, 'Typed before the app');
    expect(leaving()).toBe(true);
    expect(leaving()).toBe(true);

    releasePrerenderedForm('connection-form');
    expect(leaving()).toBe(false);
  });

  it('keeps asking while another form typed into is still the page\'s own', () => {
    const { root, input } = prerenderedPage();
    guardPrerenderedForms(root);
    type(input, 'a');
    type(root.querySelector('#other input') as HTMLInputElement, 'b');
    releasePrerenderedForm('connection-form');
    expect(leaving()).toBe(true);
    releasePrerenderedForm('other');
    expect(leaving()).toBe(false);
  });

  it('asks when the form was typed into before the guard was set up', () => {
    const { root, input } = prerenderedPage();
    type(input, 'typed before the loader ran');
    guardPrerenderedForms(root);
    expect(leaving()).toBe(true);
  });

  it('asks when a choice was changed before the guard was set up', () => {
    const root = document.createElement('div');
    root.innerHTML = '<form id="connection-form"><input type="radio" name="t" value="a" checked><input type="radio" name="t" value="b"></form>';
    document.body.append(root);
    (root.querySelector('input[value="b"]') as HTMLInputElement).checked = true;
    guardPrerenderedForms(root);
    expect(leaving()).toBe(true);
  });

  it('a form claimed before any input never asks', () => {
    const { root, input } = prerenderedPage();
    guardPrerenderedForms(root);
    releasePrerenderedForm('connection-form');
    type(input, 'typed after the app took over');
    expect(leaving()).toBe(false);
  });
});
