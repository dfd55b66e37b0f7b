export { CommentForm } from './CommentForm';
