// Firestore 12 ships re2js (about 20 kB gzip) to evaluate regular expressions in pipeline queries,
// which the portal never runs; vite.config.ts points the import here to keep it out of every
// download. Firestore calls it inside try/catch, so a future pipeline query would log this reason.
export const RE2JS = {
  compile(): never {
    throw new Error('The portal does not run regular-expression pipeline queries.');
  },
};
