export * from './assessRisk';
