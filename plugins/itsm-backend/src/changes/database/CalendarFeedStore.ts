/** A subscription to the change calendar, as kept (without its token). */
export type StoredCalendarFeed = {
  id: string;
  /** User entity ref of who created it. */
  owner: string;
  /** The entity whose calendar it is; absent: the whole portal's. */
  entityRef?: string;
  createdAt: string;
  lastUsedAt?: string;
};

/** Where calendar subscriptions are kept: each by a hash of its token. */
export interface CalendarFeedStore {
  create(options: {
    id: string;
    tokenHash: string;
    owner: string;
    entityRef?: string;
    now: string;
  }): Promise<StoredCalendarFeed>;
  /** The owner's subscriptions, newest first. */
  listByOwner(owner: string): Promise<StoredCalendarFeed[]>;
  /** The subscription a token's hash names, marked as used now. */
  use(tokenHash: string, now: string): Promise<StoredCalendarFeed | undefined>;
  /** Deletes the owner's subscription; false when they have none by that id. */
  delete(id: string, owner: string): Promise<boolean>;
}
