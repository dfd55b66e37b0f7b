import { useCallback } from 'react';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  ContinuityRecordOf,
  ContinuityRecordType,
  continuityTypeLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useLiveRecordList } from '../../hooks/useLiveRecordList';
import {
  ContinuityColumn,
  ContinuityRecordsTable,
} from '../ContinuityRecordsTable';

/**
 * The newest records of one continuity type (up to 100), live: a table,
 * or a sentence when there are none.
 */
export function ContinuityRecordsTab<T extends ContinuityRecordType>(props: {
  type: T;
  /** The type's own columns. */
  columns?: ContinuityColumn<ContinuityRecordOf[T]>[];
}) {
  const { type } = props;
  const itsmApi = useApi(itsmApiRef);
  const { items, error } = useLiveRecordList(
    useCallback(
      () => itsmApi.listContinuityRecords(type, { limit: 100 }),
      [itsmApi, type],
    ),
    type,
  );
  if (error !== undefined) return <ResponseErrorPanel error={error as Error} />;
  if (!items) return <Progress />;
  if (items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No {continuityTypeLabels[type].many.toLocaleLowerCase('en-GB')} yet.
      </Typography>
    );
  }
  return (
    <ContinuityRecordsTable
      type={type}
      records={items as ContinuityRecordOf[T][]}
      columns={props.columns}
    />
  );
}
