/**
 * A user of the demo catalog, as listed for the demo sign-in page.
 */
export interface DemoUser {
  /** The user entity's name, e.g. `paula.lead`; what the `x-demo-user` header carries. */
  name: string;
  /** The full entity ref, e.g. `user:default/paula.lead`. */
  entityRef: string;
  displayName: string;
  /** The user's role as the demo catalog describes it (`metadata.description`). */
  description?: string;
  email?: string;
  /** The groups the user is a direct member of. */
  groups: DemoUserGroup[];
}

export interface DemoUserGroup {
  entityRef: string;
  name: string;
  /** The group's title or display name, when the catalog has one. */
  title?: string;
}

/** Result of the demo provider's authenticator: which catalog user to sign in as. */
export interface DemoSignInResult {
  userEntityRef: string;
}

/** Whether the demo users sign-in is switched on, read from config. */
export type DemoSignInSettings =
  | { enabled: true; environment: string }
  | { enabled: false; reason: string };
