/**
 * An entity's own freeze windows (no changes then): a JSON list of
 * `{ name, start, end }` (once) or `{ name, start, duration, rrule }`
 * (recurring; duration in ISO 8601, e.g. `PT64H`; rrule an iCalendar RRULE
 * such as `FREQ=WEEKLY;BYDAY=FR`). On a system, they cover its parts.
 *
 * @public
 */
export const FREEZE_WINDOWS_ANNOTATION = 'itsm/freeze-windows';

/**
 * An entity's maintenance windows (when changes to it should happen), in
 * the same form as {@link FREEZE_WINDOWS_ANNOTATION}.
 *
 * @public
 */
export const MAINTENANCE_WINDOWS_ANNOTATION = 'itsm/maintenance-windows';
