export * from './slaClocks';
