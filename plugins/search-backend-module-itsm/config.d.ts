export interface Config {
  search?: {
    collators?: {
      /** The ITSM known-error base in search. */
      itsm?: {
        /**
         * How often the known errors are indexed again; default every 10
         * minutes, the first time 10 seconds after start.
         */
        schedule?: import('@backstage/backend-plugin-api').SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
