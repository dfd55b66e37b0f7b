export * from './ciClasses';
export * from './ciBasicData';
export * from './annotations';
