export interface Config {
  /** Configuration of the ITSM plugins. */
  itsm?: {
    /**
     * How often the owners of affected entities are refreshed from the
     * catalog, for the "owner of an affected entity" permission rule.
     * Defaults to every 10 minutes.
     */
    entityOwnerSync?: {
      frequency?: import('@backstage/types').HumanDuration;
    };
    incidents?: {
      /**
       * How long a resolved incident waits for its reporter to confirm the
       * resolution before a scheduled task closes it (one replica at a
       * time, every 15 minutes). Default 5 days.
       */
      autoCloseAfter?: import('@backstage/types').HumanDuration;
    };
  };
}
