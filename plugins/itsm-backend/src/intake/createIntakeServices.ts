import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import { CatalogIntakeLookup } from './catalog/IntakeLookup';
import { DatabaseIntakeStore } from './database/DatabaseIntakeStore';
import { RecordService } from '../core/services/RecordService';
import { AlertIntakeService } from './alertmanager/AlertIntakeService';
import { readAlertIntakeSettings } from './alertmanager/alertIntakeSettings';
import { EmailIntakeService } from './email/EmailIntakeService';
import { readEmailIntakeSettings } from './email/emailIntakeSettings';

/** The intake channels. */
export type IntakeServices = {
  alerts: AlertIntakeService;
  email: EmailIntakeService;
};

/**
 * The intake channels (monitoring alerts, inbound mail), creating and
 * changing incidents through the (authorized) record service, configured
 * from `itsm.alerts` and `itsm.email`.
 */
export function createIntakeServices(options: {
  knex: Knex;
  records: RecordService;
  catalog: CatalogService;
  config: Config;
}): IntakeServices {
  const intake = DatabaseIntakeStore.create({ knex: options.knex });
  const lookup = new CatalogIntakeLookup(options.catalog);
  return {
    alerts: new AlertIntakeService({
      records: options.records,
      intake,
      lookup,
      settings: readAlertIntakeSettings(options.config),
    }),
    email: new EmailIntakeService({
      records: options.records,
      intake,
      lookup,
      settings: readEmailIntakeSettings(options.config),
    }),
  };
}
