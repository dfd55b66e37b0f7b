export interface Config {
  itsm?: {
    incidents?: {
      /**
       * Priority by impact and urgency (§3.1.2), read by the backend when an
       * incident is reported and by the frontend to show it before
       * submitting. Cells not given keep the default (high/high P1, then one
       * step lower per step down).
       * @visibility frontend
       */
      priorityMatrix?: {
        /** @visibility frontend */
        high?: {
          /** @visibility frontend */
          high?: 'P1' | 'P2' | 'P3' | 'P4';
          /** @visibility frontend */
          medium?: 'P1' | 'P2' | 'P3' | 'P4';
          /** @visibility frontend */
          low?: 'P1' | 'P2' | 'P3' | 'P4';
        };
        /** @visibility frontend */
        medium?: {
          /** @visibility frontend */
          high?: 'P1' | 'P2' | 'P3' | 'P4';
          /** @visibility frontend */
          medium?: 'P1' | 'P2' | 'P3' | 'P4';
          /** @visibility frontend */
          low?: 'P1' | 'P2' | 'P3' | 'P4';
        };
        /** @visibility frontend */
        low?: {
          /** @visibility frontend */
          high?: 'P1' | 'P2' | 'P3' | 'P4';
          /** @visibility frontend */
          medium?: 'P1' | 'P2' | 'P3' | 'P4';
          /** @visibility frontend */
          low?: 'P1' | 'P2' | 'P3' | 'P4';
        };
      };
    };
    serviceDesk?: {
      /**
       * The service desk (L1) group: incidents with no affected entity, or
       * whose entity no group owns, go to it. Default
       * `group:default/service-desk`.
       */
      group?: string;
    };
  };
}
