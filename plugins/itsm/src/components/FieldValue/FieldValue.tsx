import { Fragment } from 'react';
import { fieldValueLabel, wordsOf } from '@backstage-itsm/plugin-itsm-common';
import { formatWindow } from '../../lib/formatWindow';
import { isEntityRef } from '../../lib/isEntityRef';
import { DateTime } from '../DateTime';
import { EntityName } from '../EntityName';

/** Fields people write: shown exactly as written. */
const freeText = new Set([
  'title',
  'description',
  'resolution',
  'cause',
  'verification',
  'reason',
  'feedback',
  'assessment',
  'lessons',
  'comment',
  'confirmation',
  'plan',
]);

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** A stored value of a fixed set (`pending`, `in_progress`), not a name. */
const STORED_VALUE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

function isWindow(value: object): value is { start: string; end: string } {
  const { start, end } = value as { start?: unknown; end?: unknown };
  return typeof start === 'string' && typeof end === 'string';
}

/**
 * A value of a record's field as people read it: a value with a label
 * by its label, a person, group or service by name (linked), a time in
 * the reader's zone, a window as one, yes or no, a list of them; what
 * people wrote as they wrote it; a dash for nothing.
 */
export function FieldValue(props: {
  /** The record type whose label tables apply. */
  type?: string;
  field: string;
  value: unknown;
}) {
  const { type, field, value } = props;
  if (value === null || value === undefined || value === '') return <>—</>;
  if (Array.isArray(value)) {
    return (
      <>
        {value.map((item, i) => (
          <Fragment key={i}>
            {i > 0 && ', '}
            <FieldValue type={type} field={field} value={item} />
          </Fragment>
        ))}
      </>
    );
  }
  if (typeof value === 'boolean') return <>{value ? 'Yes' : 'No'}</>;
  const label = type ? fieldValueLabel(type, field, value) : undefined;
  if (label !== undefined) return <>{label}</>;
  if (typeof value === 'object') {
    return <>{isWindow(value) ? formatWindow(value) : JSON.stringify(value)}</>;
  }
  const text = String(value);
  if (freeText.has(field)) return <>{text}</>;
  if (isEntityRef(text)) return <EntityName entityRef={text} />;
  if (ISO_TIME.test(text)) return <DateTime value={text} />;
  if (STORED_VALUE.test(text)) return <>{wordsOf(text)}</>;
  return <>{text}</>;
}
