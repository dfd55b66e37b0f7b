export { ExercisesTab } from './ExercisesTab';
