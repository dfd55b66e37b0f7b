export { ReleasesTable, releaseResult } from './ReleasesTable';
