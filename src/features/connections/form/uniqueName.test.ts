import type { FieldValues, Resolver } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { messages } from '../schema';
import { withUniqueName } from './uniqueName';

type Values = FieldValues & { name?: string; other?: string };

const options = { fields: {}, shouldUseNativeValidation: false } as Parameters<Resolver<Values>>[2];

const passing: Resolver<Values> = (values) => ({ values, errors: {} });
const failingOther: Resolver<Values> = () => ({ values: {}, errors: { other: { type: 'x', message: 'Other is wrong' } } });
const failingName: Resolver<Values> = () => ({ values: {}, errors: { name: { type: 'too_small', message: 'Name needed' } } });

describe('withUniqueName', () => {
  const taken = () => ['BigCommerce - Main store', 'Second'];

  it('passes a free name through', async () => {
    const result = await withUniqueName(passing, taken)({ name: 'Third' }, undefined, options);
    expect(result).toEqual({ values: { name: 'Third' }, errors: {} });
  });

  it('reports a taken name, ignoring case and surrounding spaces', async () => {
    const result = await withUniqueName(passing, taken)({ name: '  bigcommerce - MAIN store ' }, undefined, options);
    expect(result.values).toEqual({});
    expect(result.errors.name).toEqual({ type: 'taken', message: messages.nameTaken('bigcommerce - MAIN store') });
  });

  it('keeps the other errors beside it', async () => {
    const result = await withUniqueName(failingOther, taken)({ name: 'second', other: 'x' }, undefined, options);
    expect(Object.keys(result.errors).sort()).toEqual(['name', 'other']);
  });

  it("lets the schema's own name error win", async () => {
    const result = await withUniqueName(failingName, taken)({ name: 'Second' }, undefined, options);
    expect(result.errors.name?.message).toBe('Name needed');
  });

  it('reads the taken names at validation time', async () => {
    let names: string[] = [];
    const resolver = withUniqueName(passing, () => names);
    expect((await resolver({ name: 'New' }, undefined, options)).errors).toEqual({});
    names = ['new'];
    expect((await resolver({ name: 'New' }, undefined, options)).errors.name?.type).toBe('taken');
  });

  it('ignores an empty name (the schema reports it)', async () => {
    const result = await withUniqueName(passing, () => [''])({ name: '  ' }, undefined, options);
    expect(result.errors).toEqual({});
  });
});
