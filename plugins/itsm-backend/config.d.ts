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
  };
}
