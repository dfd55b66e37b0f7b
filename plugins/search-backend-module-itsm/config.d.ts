export interface Config {
  search?: {
    collators?: {
      /**
       * ITSM records in search: incidents, problems, changes, releases and
       * the known-error base.
       */
      itsm?: {
        /**
         * How often every type is indexed again in full; default every 10
         * minutes, the first time 5 seconds after start.
         */
        schedule?: import('@backstage/backend-plugin-api').SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * How often each backend instance asks the itsm backend which record
         * changed last, to index a changed type again at once (one small
         * request per record type); default every 15 seconds. `false` turns
         * it off: records are then found after the next full run.
         */
        changeCheck?:
          | false
          | import('@backstage/backend-plugin-api').SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
