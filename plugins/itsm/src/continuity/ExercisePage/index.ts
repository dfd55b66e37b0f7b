export { ExercisePage } from './ExercisePage';
