// Contract methods of this domain are added here and merged into the contract in ./index.ts.
export const trustContract = {};
