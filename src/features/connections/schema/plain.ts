// The parts of the contract that need no zod: labels and help texts, messages, the scope catalogue,
// the store-hash normaliser. What the form's first paint imports comes from here; the zod schemas
// (./index) load after that paint, through ./load.ts. See docs/decisions/first-paint.md.
export * from './authTypes';
export * from './fields';
export * from './messages';
export * from './scopeCatalog';
export * from './storeHash';
export * from './listLimits';
