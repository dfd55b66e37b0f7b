export * from './ciClasses';
export * from './ciBasicData';
