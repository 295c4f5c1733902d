import { describe, expect, it } from 'vitest';
import { FairQueue } from './fairQueue';

const call = (keyId: string, n: number) => ({ keyId, n });
const names = (queue: FairQueue<ReturnType<typeof call>>) => {
  const order: string[] = [];
  for (let item = queue.shift(); item; item = queue.shift()) order.push(`${item.keyId}${item.n}`);
  return order;
};

describe('the queue of waiting calls', () => {
  it('serves keys in turn, each key its calls in order: a busy key does not starve a quiet one', () => {
    const queue = new FairQueue<ReturnType<typeof call>>();
    for (let n = 1; n <= 4; n += 1) queue.push(call('a', n));
    queue.push(call('b', 1));
    queue.push(call('c', 1));
    queue.push(call('b', 2));
    expect(queue.size).toBe(7);
    expect(names(queue)).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4']);
    expect(queue.size).toBe(0);
  });

  it('puts a call that must go again first of all', () => {
    const queue = new FairQueue<ReturnType<typeof call>>();
    queue.push(call('a', 1));
    queue.push(call('b', 1));
    queue.push(call('b', 2));
    queue.pushFront(call('b', 0));
    expect(names(queue)).toEqual(['b0', 'a1', 'b1', 'b2']);
  });

  it('lets a call leave (its caller gave up) and drains the rest', () => {
    const queue = new FairQueue<ReturnType<typeof call>>();
    const leaving = call('a', 1);
    queue.push(leaving);
    queue.push(call('b', 1));
    expect(queue.remove(leaving)).toBe(true);
    expect(queue.remove(leaving)).toBe(false);
    expect(queue.drain().map((item) => item.keyId)).toEqual(['b']);
    expect(queue.size).toBe(0);
  });
});
