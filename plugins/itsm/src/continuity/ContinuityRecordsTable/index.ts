export { ContinuityRecordsTable } from './ContinuityRecordsTable';
export type { ContinuityColumn } from './ContinuityRecordsTable';
export { useWholeWordCells } from './useWholeWordCells';
