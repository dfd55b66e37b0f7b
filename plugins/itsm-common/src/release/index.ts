export * from './releaseFields';
export * from './releaseMoveBlocker';
export * from './releaseVersions';
export * from './releaseWorkflow';
