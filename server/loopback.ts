import { isIP } from 'node:net';

/** True for `localhost`, 127.0.0.0/8 and ::1 (also as an IPv4-mapped address). */
export function isLoopbackHost(host: string): boolean {
  const lower = host.toLowerCase();
  if (lower === 'localhost') return true;
  if (isIP(lower) === 6) return lower === '::1' || /^(0{1,4}:){7}0{0,3}1$/.test(lower) || isLoopbackIpv4(lower.replace(/^::ffff:/, ''));
  return isLoopbackIpv4(lower);
}

function isLoopbackIpv4(address: string): boolean {
  return isIP(address) === 4 && address.startsWith('127.');
}
