export interface Config {
  catalog?: {
    providers?: {
      /**
       * Inventory files of hardware, network and storage devices, imported
       * as Resource entities (see the module's README for the columns).
       */
      itsmInventory?: {
        /**
         * The files (CSV with a header row, or a YAML list), relative to
         * the backend's working directory.
         */
        files: string[];
        /** How often each file is read again. Default every 10 minutes. */
        schedule?: import('@backstage/backend-plugin-api').SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
