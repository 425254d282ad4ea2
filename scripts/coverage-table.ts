/**
 * `npm run coverage-table`: prints, for every card of the catalogue, its legal basis, its
 * kind, how many tests mention it and in which files (Markdown). Exit code 1 when a card
 * has no test, like tests/coverage.test.ts. The counting rule is in scripts/coverage.ts.
 */
import { CATALOGUE } from '../rules/catalogue';
import { coverageOf, coverageTable, readTestFiles, untested } from './coverage';

const rows = coverageOf(CATALOGUE, readTestFiles());
console.log(coverageTable(rows));
process.exitCode = untested(rows).length > 0 ? 1 : 0;
