export * from './slaClocks';
export * from './slaAnnotations';
