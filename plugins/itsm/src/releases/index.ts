/**
 * Releases (chapter 7): what the other processes' pages use of them.
 */
export { ReleasesTable } from './ReleasesTable';
