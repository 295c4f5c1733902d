import { expect, it } from 'vitest';
import { connectionPageLimits } from './connectionList';
import { connectionListLimits } from './listLimits';

it('keeps the plain copy of the list limits equal to the contract', () => {
  expect(connectionListLimits).toEqual(connectionPageLimits);
});
