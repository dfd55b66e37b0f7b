export { ApprovalCard } from './ApprovalCard';
export type { ApprovableRecord } from './ApprovalCard';
