export { MoveButtons } from './MoveButtons';
