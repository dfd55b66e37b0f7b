export { authModuleDemoUsersProvider as default } from './authModuleDemoUsersProvider';
export { DEMO_USER_HEADER } from './demoUsersAuthenticator';
export type { DemoUser, DemoUserGroup } from './types';
