/**
 * The service level agreement an entity picks, by its id in `itsm.sla`
 * (e.g. `payments-gold`); it wins over every other rule.
 *
 * @public
 */
export const SLA_ANNOTATION = 'itsm/sla';
