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

    /**
     * How monitoring alerts (Alertmanager's webhook at
     * `/api/itsm/intake/alertmanager`) become incidents.
     */
    alerts?: {
      /** The alert label that says how severe an alert is. Default `severity`. */
      severityLabel?: string;
      /**
       * Priority (P1-P4) by value of the severity label, case-insensitive.
       * Adds to the default: critical P1, error and high P2, warning P3,
       * info P4.
       */
      severityPriority?: { [severity: string]: string };
      /** The priority of a severity not in `severityPriority`. Default P3. */
      defaultPriority?: string;
      /**
       * The alert label whose value is the ref of the catalog entity the
       * alert concerns, e.g. `component:default/checkout-service`. Default
       * `backstage_entity`.
       */
      entityLabel?: string;
    };

    /** How inbound mail (`/api/itsm/intake/email`) becomes incidents. */
    email?: {
      /** The priority of an incident opened by mail. Default P3. */
      defaultPriority?: string;
    };
  };
}
