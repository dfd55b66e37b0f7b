import { Fragment } from 'react';
import {
  fieldValueLabel,
  ImpactCategory,
  impactCategoryLabels,
  impactRatingLabels,
  wordsOf,
} from '@backstage-itsm/plugin-itsm-common';
import { formatMinutes } from '../../lib/formatMinutes';
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

/** Durations kept in minutes (a business impact analysis's objectives). */
const minuteFields = new Set(['rtoMinutes', 'rpoMinutes', 'mtpdMinutes']);

type ImpactCell = { category: string; afterMinutes: number; rating: number };

function isImpactCell(value: object): value is ImpactCell {
  const { category, afterMinutes, rating } = value as Partial<ImpactCell>;
  return (
    typeof category === 'string' &&
    typeof afterMinutes === 'number' &&
    typeof rating === 'number'
  );
}

/** One cell of an impact grid: "Financial after 1 h: 4 Major". */
const impactCellText = (cell: ImpactCell) =>
  `${
    impactCategoryLabels[cell.category as ImpactCategory] ?? cell.category
  } after ${formatMinutes(cell.afterMinutes)}: ${cell.rating} ${
    impactRatingLabels[cell.rating] ?? ''
  }`.trim();

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
    if (value.length === 0) return <>—</>;
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
  if (typeof value === 'number' && minuteFields.has(field)) {
    return <>{formatMinutes(value)}</>;
  }
  if (typeof value === 'object') {
    if (isWindow(value)) return <>{formatWindow(value)}</>;
    if (isImpactCell(value)) return <>{impactCellText(value)}</>;
    return <>{JSON.stringify(value)}</>;
  }
  const text = String(value);
  if (freeText.has(field)) return <>{text}</>;
  if (isEntityRef(text)) return <EntityName entityRef={text} />;
  if (ISO_TIME.test(text)) return <DateTime value={text} />;
  if (STORED_VALUE.test(text)) return <>{wordsOf(text)}</>;
  return <>{text}</>;
}
