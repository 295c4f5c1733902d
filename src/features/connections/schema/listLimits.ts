// The paged list's limits without zod, for the list and the form's first paint (the contract's
// connectionPageLimits in connectionList.ts is the same; listLimits.test.ts keeps them equal).
export const connectionListLimits = { default: 50, max: 200, queryMaxLength: 200 } as const;
