import { useCallback } from 'react';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  ContinuityRecordType,
  continuityTypeLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useLiveRecordList } from '../../hooks/useLiveRecordList';
import { ContinuityRecordsTable } from '../ContinuityRecordsTable';

/**
 * The newest records of one continuity type (up to 100), live: a table,
 * or a sentence when there are none.
 */
export function ContinuityRecordsTab(props: { type: ContinuityRecordType }) {
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
  return <ContinuityRecordsTable type={type} records={items} />;
}
