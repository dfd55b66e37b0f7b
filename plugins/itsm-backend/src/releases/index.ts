/**
 * Release management (chapter 7), as the other processes use it: the
 * change request rules of a release, and the check of a link a problem's
 * solution names. The rest of releases/ is its own.
 */
export { releaseChangeRequestRules } from './domain/planReleaseChangeRequest';
export { checkHttpUrl } from './domain/planReleaseContents';
export { createReleaseModule } from './createReleaseModule';
export { ReleasePackageService } from './services/ReleasePackageService';
