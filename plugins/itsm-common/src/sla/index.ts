export * from './slaClocks';
export * from './slaAnnotations';
export * from './slaReviews';
