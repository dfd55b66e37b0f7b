/** The alert group whose open incident a record is, as stored. */
export type StoredAlertSource = {
  id: string;
  source: string;
  groupKey: string;
  recordId: string;
  /** The group's alerts at the last delivery (JSON). */
  alerts: Record<string, unknown>;
  /** Increases with every change of `alerts`. */
  version: number;
};

/**
 * What the intake channels remember besides the records: which incident is
 * open for each monitoring alert group, and which inbound messages were
 * applied already. Groups are claimed when their incident is created
 * (`RecordStore.createRecord` with `alertSource`, in the same transaction).
 */
export interface IntakeStore {
  /** The group's open incident, if it has one. */
  findActiveAlertSource(
    source: string,
    groupKey: string,
  ): Promise<StoredAlertSource | undefined>;

  /**
   * Records the alerts of a newer delivery, if the row is still at
   * `expectedVersion`; false when a concurrent delivery changed it first.
   */
  updateAlertSource(options: {
    id: string;
    expectedVersion: number;
    alerts: Record<string, unknown>;
    now: string;
  }): Promise<boolean>;

  /**
   * The group's incident is no longer its open one (it was closed or
   * cancelled): the next firing opens a new incident. Idempotent.
   */
  releaseAlertSource(options: { id: string; now: string }): Promise<void>;

  /**
   * Claims an inbound message for a record, before it is applied. False with
   * the record it was applied to when it was claimed before.
   */
  claimInboundMessage(options: {
    source: string;
    messageId: string;
    recordId: string;
    now: string;
  }): Promise<{ claimed: true } | { claimed: false; recordId: string }>;

  /** Gives up a claim whose message could not be applied (it may come again). */
  releaseInboundMessage(options: {
    source: string;
    messageId: string;
  }): Promise<void>;
}
