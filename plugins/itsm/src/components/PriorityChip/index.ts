export { PriorityChip, priorityColor } from './PriorityChip';
