import { describe, expect, it } from 'vitest';
import { isPrintableText, isVisibleAscii } from './characters';

describe('isPrintableText', () => {
  it('takes letters of any script, emoji, spaces, punctuation and format characters', () => {
    for (const text of ['', 'Main store', 'متجر رئيسي', '🛒 Shop 🚀', 'Café', 'Cafe\u0301', 'a\u00a0b', 'Shop \u202eevil', '\u{10FFFF}']) {
      expect(isPrintableText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('refuses every C0 control, DEL, every C1 control and half of a surrogate pair', () => {
    const controls = [...Array.from({ length: 0x20 }, (_, code) => code), 0x7f, ...Array.from({ length: 0x20 }, (_, code) => 0x80 + code)];
    for (const code of controls) expect(isPrintableText(`a${String.fromCharCode(code)}b`), code.toString(16)).toBe(false);
    for (const half of ['\ud83d', '\ude80', 'a\ud800', '\udc00a', '\ude80\ud83d']) expect(isPrintableText(half), JSON.stringify(half)).toBe(false);
    expect(isPrintableText('\ud83d\ude80')).toBe(true);
    expect(isPrintableText('\u00a0\u00ff')).toBe(true);
  });
});

describe('isVisibleAscii', () => {
  it('takes U+0021 to U+007E only', () => {
    const visible = Array.from({ length: 0x7e - 0x20 }, (_, index) => String.fromCharCode(0x21 + index)).join('');
    expect(isVisibleAscii(visible)).toBe(true);
    for (const other of [' ', '\u0000', '\u007f', '\u00e9', '\u200b', '😀', '\ud800']) expect(isVisibleAscii(`a${other}b`), JSON.stringify(other)).toBe(false);
  });
});
