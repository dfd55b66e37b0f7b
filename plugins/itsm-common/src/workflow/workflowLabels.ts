import { RecordType } from '../recordTypes';
import { workflows } from './workflows';

/**
 * A stored value in words when no table names it: `in_progress` is "In
 * progress", `caused-by` "Caused by". The last resort of the label
 * helpers, never a value's label of its own.
 *
 * @public
 */
export function wordsOf(value: string): string {
  const words = value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLocaleLowerCase('en-US');
  return words.charAt(0).toLocaleUpperCase('en-US') + words.slice(1);
}

/**
 * A value by its label table, e.g. `labelOf(holdReasonLabels, 'caller')`
 * is "Waiting for the caller"; a value the table lacks in words; nothing
 * for nothing.
 *
 * @public
 */
export function labelOf(
  labels: Readonly<Record<string, string>>,
  value: string,
): string;
/** @public */
export function labelOf(
  labels: Readonly<Record<string, string>>,
  value: string | undefined | null,
): string | undefined;
export function labelOf(
  labels: Readonly<Record<string, string>>,
  value: string | undefined | null,
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return Object.prototype.hasOwnProperty.call(labels, value)
    ? labels[value]
    : wordsOf(value);
}

/**
 * A record's state by its workflow's label: `stateLabel('incident',
 * 'in_progress')` is "In progress".
 *
 * @public
 */
export function stateLabel(type: RecordType | string, state: string): string {
  return labelOf(workflows[type as RecordType]?.stateLabels ?? {}, state);
}

/**
 * A workflow action by what its button says: `actionLabel('change',
 * 'request_approval')` is "Request approval".
 *
 * @public
 */
export function actionLabel(type: RecordType | string, action: string): string {
  const transition = workflows[type as RecordType]?.transitions.find(
    t => t.action === action,
  );
  return transition?.label ?? wordsOf(action);
}
