import { LoggerService } from '@backstage/backend-plugin-api';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';

/** How long sending pauses after a failure (no notifications backend, say). */
export const NOTIFICATION_PAUSE_MS = 60_000;

/**
 * Sends Backstage notifications as the courtesy they are: what they tell
 * of is already committed, so a send never throws. When one fails (a portal
 * without the notifications backend answers 404) it says so once at warn
 * level (later failures at debug) and pauses for a minute, instead of
 * paying for a failing request, and a warning, per message.
 */
export class PausingNotificationSender {
  private warned = false;
  private pausedUntil = 0;

  constructor(
    private readonly deps: {
      notifications: NotificationService;
      logger: LoggerService;
      now?: () => number;
    },
  ) {}

  /** Whether sends are paused after a failure: planning them can wait. */
  get paused(): boolean {
    return this.now() < this.pausedUntil;
  }

  /** Sends, unless paused; `what` completes "Could not ..." in the log. */
  async send(options: NotificationSendOptions, what: string): Promise<void> {
    if (this.paused) return;
    try {
      await this.deps.notifications.send(options);
    } catch (error) {
      this.pausedUntil = this.now() + NOTIFICATION_PAUSE_MS;
      const message = `Could not ${what}: ${error}; notifications pause for a minute`;
      if (this.warned) {
        this.deps.logger.debug(message);
      } else {
        this.warned = true;
        this.deps.logger.warn(
          `${message} (further failures are logged at debug level)`,
        );
      }
    }
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }
}
