import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { AuthenticationError, InputError } from '@backstage/errors';
import {
  createProxyAuthenticator,
  ProfileTransform,
  SignInResolver,
} from '@backstage/plugin-auth-node';
import { DemoSignInResult } from './types';

/** The request header that names the demo user to act as. */
export const DEMO_USER_HEADER = 'x-demo-user';

const ENTITY_NAME = /^[a-z0-9A-Z]+(?:[-_.][a-z0-9A-Z]+)*$/;

/**
 * Turns the header value into a user entity ref. Accepts a plain user name
 * (`paula.lead`) or a full user ref (`user:default/paula.lead`).
 */
export function parseDemoUser(value: string | undefined): string {
  const raw = value?.trim();
  if (!raw) {
    throw new AuthenticationError(
      `Missing ${DEMO_USER_HEADER} header naming the demo user to sign in as`,
    );
  }
  let ref;
  try {
    ref = parseEntityRef(raw, {
      defaultKind: 'User',
      defaultNamespace: 'default',
    });
  } catch {
    throw new InputError(`Invalid ${DEMO_USER_HEADER} header '${raw}'`);
  }
  if (
    ref.kind.toLocaleLowerCase('en-US') !== 'user' ||
    !ENTITY_NAME.test(ref.namespace) ||
    !ENTITY_NAME.test(ref.name) ||
    ref.name.length > 63
  ) {
    throw new InputError(
      `Invalid ${DEMO_USER_HEADER} header '${raw}', expected a user name such as 'sam.agent'`,
    );
  }
  return stringifyEntityRef({ ...ref, kind: 'User' });
}

/** Reads the chosen demo user from the request; no password, development only. */
export const demoUsersAuthenticator = createProxyAuthenticator<
  void,
  DemoSignInResult,
  undefined
>({
  defaultProfileTransform: async () => ({ profile: {} }),
  initialize() {},
  async authenticate({ req }) {
    return {
      result: { userEntityRef: parseDemoUser(req.header(DEMO_USER_HEADER)) },
    };
  },
});

/** Shows the catalog user's display name and email in the frontend. */
export const demoUserProfileTransform: ProfileTransform<
  DemoSignInResult
> = async (result, ctx) => {
  const { entity } = await ctx.findCatalogUser({
    entityRef: result.userEntityRef,
  });
  const profile = (entity.spec?.profile ?? {}) as {
    displayName?: string;
    email?: string;
    picture?: string;
  };
  return {
    profile: {
      displayName:
        profile.displayName ?? entity.metadata.title ?? entity.metadata.name,
      email: profile.email,
      picture: profile.picture,
    },
  };
};

/**
 * Signs in as the catalog user, so the token's ownership refs include the
 * user's groups. Unknown users are refused (404), never invented.
 */
export const signInAsDemoUser: SignInResolver<DemoSignInResult> = async (
  { result },
  ctx,
) => ctx.signInWithCatalogUser({ entityRef: result.userEntityRef });
