import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini carries no messages: an issue without one of ours (a wrong type, a missing field) would
// read "Invalid input". The API answers with zod's English text there, as it did under classic zod
// (which loads this locale itself). Here, not in the schemas: the browser's form never needs it.
config(en());
