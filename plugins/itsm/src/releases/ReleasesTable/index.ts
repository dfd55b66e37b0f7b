export {
  ReleasesTable,
  releaseStateLabel,
  releaseResult,
} from './ReleasesTable';
