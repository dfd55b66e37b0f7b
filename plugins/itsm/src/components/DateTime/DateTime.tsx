import { formatDate, formatDateTime } from '@backstage-itsm/plugin-itsm-common';

/**
 * A point in time as people read it, in their own time zone and saying
 * which: "15 Dec 2026, 20:00 CET"; `date` for the day alone, with the
 * time as its title. A dash for none.
 */
export function DateTime(props: {
  value: string | undefined | null;
  variant?: 'dateTime' | 'date';
}) {
  const { value, variant = 'dateTime' } = props;
  if (!value) return <>—</>;
  const full = formatDateTime(value);
  return (
    <time dateTime={value} title={variant === 'date' ? full : undefined}>
      {variant === 'date' ? formatDate(value) : full}
    </time>
  );
}
