export { OpenSurveysNotice } from './OpenSurveysNotice';
