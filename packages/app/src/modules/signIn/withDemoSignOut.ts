import { IdentityApi } from '@backstage/frontend-plugin-api';

type LegacyIdentityApi = IdentityApi & {
  getUserId?(): string;
  getIdToken?(): Promise<string | undefined>;
  getProfile?(): unknown;
};

/**
 * Wraps the proxied identity so that signing out also forgets the chosen demo
 * user; after the app reloads the user picker shows again ("Switch user").
 */
export function withDemoSignOut(
  identity: IdentityApi,
  forget: () => void,
): IdentityApi {
  const target = identity as LegacyIdentityApi;
  const wrapped: LegacyIdentityApi = {
    getProfileInfo: () => target.getProfileInfo(),
    getBackstageIdentity: () => target.getBackstageIdentity(),
    getCredentials: () => target.getCredentials(),
    signOut: async () => {
      forget();
      await target.signOut();
    },
  };
  // Deprecated members some older plugins still call through the app's proxy.
  if (target.getUserId) {
    wrapped.getUserId = () => target.getUserId!();
  }
  if (target.getIdToken) {
    wrapped.getIdToken = () => target.getIdToken!();
  }
  if (target.getProfile) {
    wrapped.getProfile = () => target.getProfile!();
  }
  return wrapped;
}
