import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  AuditorService,
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { Request } from 'express';
import { itsmCalendarSubscribePermission } from '@backstage-itsm/plugin-itsm-common';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogWindowReader } from '../catalog/CatalogWindowReader';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import {
  CalendarFeedStore,
  StoredCalendarFeed,
} from '../database/CalendarFeedStore';
import { auditWrite } from '../../core/services/auditWrite';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who acts on their subscriptions, and the request, for the audit. */
export type FeedContext = {
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  request?: Request;
};

const hashOf = (token: string) =>
  createHash('sha256').update(token).digest('hex');

/**
 * Subscriptions to the change calendar: secret .ics addresses for calendar
 * apps, which cannot sign in. Only those the permission policy lets
 * (`itsm.calendar.subscribe`) create one; each user lists and revokes their
 * own. The token is shown once, at creation; only its hash is kept. Each
 * creation and revocation is an auditor event (`calendar-feed-create`,
 * `calendar-feed-revoke`) naming the subscription's id and entity, never
 * its token or address.
 */
export class CalendarFeedService {
  constructor(
    private readonly deps: {
      store: CalendarFeedStore;
      permissions: PermissionsService;
      auditor: AuditorService;
      windowReader: CatalogWindowReader;
      /** The address of `/calendar.ics`, to which the token is added. */
      feedUrl: () => Promise<string>;
      now?: () => Date;
    },
  ) {}

  async list(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<StoredCalendarFeed[]> {
    return this.deps.store.listByOwner(credentials.principal.userEntityRef);
  }

  async create(
    input: { entityRef?: string },
    ctx: FeedContext,
  ): Promise<StoredCalendarFeed & { url: string }> {
    return auditWrite({
      auditor: this.deps.auditor,
      eventId: 'calendar-feed-create',
      ctx,
      meta: input.entityRef === undefined ? {} : { entityRef: input.entityRef },
      write: () => this.issue(input, ctx.credentials),
      resultMeta: feed => ({
        feedId: feed.id,
        ...(feed.entityRef ? { entityRef: feed.entityRef } : {}),
      }),
    });
  }

  async revoke(id: string, ctx: FeedContext): Promise<void> {
    await auditWrite({
      auditor: this.deps.auditor,
      eventId: 'calendar-feed-revoke',
      ctx,
      meta: { feedId: id },
      write: async () => {
        const deleted =
          UUID.test(id) &&
          (await this.deps.store.delete(
            id,
            ctx.credentials.principal.userEntityRef,
          ));
        if (!deleted) {
          throw new NotFoundError(`You have no calendar subscription ${id}`);
        }
      },
    });
  }

  /** A new subscription and its secret address (shown this once). */
  private async issue(
    input: { entityRef?: string },
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<StoredCalendarFeed & { url: string }> {
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: itsmCalendarSubscribePermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        'You may not create calendar subscriptions (itsm.calendar.subscribe)',
      );
    }
    let entityRef: string | undefined;
    if (input.entityRef !== undefined) {
      entityRef = normalizeEntityRef(input.entityRef, 'entityRef');
      const { missing } = await this.deps.windowReader.windowsFor(
        [entityRef],
        credentials,
      );
      if (missing.length > 0) {
        throw new InputError(
          `entityRef '${input.entityRef}' is not in the catalog`,
        );
      }
    }
    const token = randomBytes(24).toString('base64url');
    const feed = await this.deps.store.create({
      id: randomUUID(),
      tokenHash: hashOf(token),
      owner: credentials.principal.userEntityRef,
      entityRef,
      now: this.now(),
    });
    const url = new URL(await this.deps.feedUrl());
    url.searchParams.set('token', token);
    return { ...feed, url: url.toString() };
  }

  /** The subscription a token opens; a 404 for an unknown or revoked one. */
  async open(token: string): Promise<StoredCalendarFeed> {
    const feed = await this.deps.store.use(hashOf(token), this.now());
    if (!feed) {
      throw new NotFoundError(
        'No calendar subscription has this token; it may have been revoked',
      );
    }
    return feed;
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
