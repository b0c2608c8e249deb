import { printRows } from './harness';
import { SUITES } from './suites';

// `npm run bench [-- name-filter]`: runs every suite (or those whose name contains the filter).
const filter = process.argv[2];
console.log(`benchmark on ${process.platform} ${process.arch}, Node ${process.version}, ${new Date().toISOString()}`);
for (const suite of SUITES) {
  if (filter && !suite.name.includes(filter)) continue;
  printRows(suite.name, await suite.run());
}
