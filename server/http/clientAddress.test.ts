import { describe, expect, it } from 'vitest';
import { clientAddressFrom } from './clientAddress';

const socket = '10.0.0.5';

describe('clientAddressFrom', () => {
  it('ignores X-Forwarded-For when no proxy is declared', () => {
    expect(clientAddressFrom(socket, '203.0.113.7', 0)).toBe(socket);
  });

  it('takes the entry as many places from the right as there are proxies', () => {
    expect(clientAddressFrom(socket, '203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddressFrom(socket, 'forged, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddressFrom(socket, 'forged, 203.0.113.7, 10.0.0.1', 2)).toBe('203.0.113.7');
    expect(clientAddressFrom(socket, ' 2001:db8::1 ,10.0.0.1', 2)).toBe('2001:db8::1');
  });

  it('uses the connection’s address when the header is missing, too short for the proxies declared, or not an address there', () => {
    expect(clientAddressFrom(socket, undefined, 1)).toBe(socket);
    expect(clientAddressFrom(socket, '', 1)).toBe(socket);
    expect(clientAddressFrom(socket, '203.0.113.7', 2)).toBe(socket);
    expect(clientAddressFrom(socket, '203.0.113.7, not-an-address', 1)).toBe(socket);
    expect(clientAddressFrom(socket, '203.0.113.7:4711', 1)).toBe(socket);
  });
});
