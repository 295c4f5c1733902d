import { describe, expect, it } from 'vitest';
import { issuesToFields } from './apiError';
import { messages } from './messages';
import { webhookInputSchema, webhookMessages } from './webhooks';

const fieldsOf = (body: unknown) => issuesToFields(webhookInputSchema.safeParse(body).error?.issues ?? []);
const valid = { url: 'https://hooks.example.com/bigcommerce', events: ['connection.created'] };
const controls = ['\u0000', '\u0001', '\u001f', '\u007f', '\u0080', '\u0085', '\u009f'];
const halves = ['\ud83d', '\ude80'];

describe('the webhook URL', () => {
  it('refuses a control character or half of a surrogate pair anywhere, with a message naming the field', () => {
    for (const odd of [...controls, ...halves]) {
      for (const url of [`https://hooks.example.com/a${odd}b`, `https://hooks.example.com/?q=${odd}`, `https://hooks${odd}.example.com/`]) {
        expect(fieldsOf({ ...valid, url }), JSON.stringify(url)).toEqual([{ path: 'url', message: webhookMessages.urlHasControl }]);
      }
    }
    expect(webhookMessages.urlHasControl).toContain('endpoint URL');
  });

  it('takes an address with letters of any script and a whole emoji', () => {
    expect(fieldsOf({ ...valid, url: 'https://hooks.example.com/caf\u00e9/\ud83d\ude80' })).toEqual([]);
    expect(fieldsOf({ ...valid, url: '  https://hooks.example.com/x  ' })).toEqual([]);
  });
});

describe('the webhook description', () => {
  it('refuses a control character or half of a surrogate pair, naming the description', () => {
    for (const odd of [...controls, ...halves]) {
      expect(fieldsOf({ ...valid, description: `Order${odd}system` }), JSON.stringify(odd)).toEqual([{ path: 'description', message: messages.nameHasControl('description') }]);
    }
  });

  it('is stored NFC-normalised and trimmed, so one description typed two ways is one', () => {
    const decomposed = webhookInputSchema.parse({ ...valid, description: '  Cafe\u0301 orders ' });
    const composed = webhookInputSchema.parse({ ...valid, description: 'Caf\u00e9 orders' });
    expect(decomposed.description).toBe('Caf\u00e9 orders');
    expect(decomposed.description).toBe(composed.description);
  });

  it('may be left out or null, but not blank or over 100 characters', () => {
    expect(fieldsOf(valid)).toEqual([]);
    expect(fieldsOf({ ...valid, description: null })).toEqual([]);
    expect(fieldsOf({ ...valid, description: '   ' })).toEqual([{ path: 'description', message: webhookMessages.descriptionRequired }]);
    expect(fieldsOf({ ...valid, description: 'd'.repeat(101) })).toEqual([{ path: 'description', message: messages.nameTooLong(101, 'description') }]);
  });
});
