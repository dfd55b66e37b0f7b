import {
  AuthService,
  BackstageCredentials,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * The demo users as the demo data acts: their credentials (for the
 * timeline's actor and the approval engine's segregation of duties), a
 * permission decision that lets them do what the demo roles may (the
 * records are the plugin's own demo), the catalog read as the plugin, and
 * who each user is in the catalog (the groups they belong to decide
 * approvals as the sign-in's ownership claims would).
 *
 * Only the demo data uses these; nothing reaches them from a request.
 */
export type DemoActors = {
  as(userEntityRef: string): BackstageCredentials;
  permissions: PermissionsService;
  catalog: CatalogService;
  userInfo: UserInfoService;
};

export function actAsDemoUsers(deps: {
  catalog: CatalogService;
  auth: AuthService;
}): DemoActors {
  const plugin = () => deps.auth.getOwnServiceCredentials();
  // Every catalog call of the demo is made with the plugin's credentials.
  const catalog = new Proxy(deps.catalog, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const options = args[args.length - 1] as
          | { credentials?: BackstageCredentials }
          | undefined;
        if (options && typeof options === 'object' && options.credentials) {
          args[args.length - 1] = { ...options, credentials: await plugin() };
        }
        return value.apply(target, args);
      };
    },
  });
  const allow: PermissionsService = {
    authorize: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    authorizeConditional: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
  };
  const userInfo: UserInfoService = {
    async getUserInfo(credentials) {
      const principal = credentials.principal as { userEntityRef?: string };
      const userEntityRef = principal.userEntityRef ?? '';
      const user = await catalog.getEntityByRef(userEntityRef, {
        credentials,
      });
      const groups = (user?.relations ?? [])
        .filter(r => r.type === 'memberOf')
        .map(r => r.targetRef);
      return {
        userEntityRef,
        ownershipEntityRefs: [userEntityRef, ...groups],
      };
    },
  };
  return {
    as: userEntityRef => ({
      $$type: '@backstage/BackstageCredentials',
      principal: { type: 'user', userEntityRef },
    }),
    permissions: allow,
    catalog,
    userInfo,
  };
}
