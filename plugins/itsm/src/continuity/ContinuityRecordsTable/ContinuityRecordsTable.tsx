import { ReactNode } from 'react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { Link } from '@backstage/core-components';
import {
  ContinuityRecordOf,
  ContinuityRecordType,
  continuityTypeLabels,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { DateTime } from '../../components/DateTime';
import { EntityName, EntityNames } from '../../components/EntityName';
import { useContinuityLink } from '../../hooks/useContinuityLink';
import { useWholeWordCells } from './useWholeWordCells';

/** A column a type adds to its records' table. */
export type ContinuityColumn<T> = {
  title: string;
  value: (record: T) => ReactNode;
};

/**
 * Continuity records of one type as table rows: ref, title, state, the
 * entities they cover, owner and last update, with the columns the type
 * adds after the title.
 */
export function ContinuityRecordsTable<T extends ContinuityRecordType>(props: {
  type: T;
  records: readonly ContinuityRecordOf[T][];
  columns?: ContinuityColumn<ContinuityRecordOf[T]>[];
}) {
  const wholeWords = useWholeWordCells();
  const link = useContinuityLink();
  const columns = props.columns ?? [];
  return (
    <TableContainer>
      <Table
        className={wholeWords.table}
        size="small"
        aria-label={continuityTypeLabels[props.type].many}
      >
        <TableHead>
          <TableRow>
            <TableCell>Ref</TableCell>
            <TableCell>Title</TableCell>
            {columns.map(column => (
              <TableCell key={column.title}>{column.title}</TableCell>
            ))}
            <TableCell>State</TableCell>
            <TableCell>Covers</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell>Updated</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.records.map(record => (
            <TableRow key={record.id} hover data-testid={record.ref}>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {link ? (
                  <Link to={link(props.type, record.ref)}>{record.ref}</Link>
                ) : (
                  record.ref
                )}
              </TableCell>
              <TableCell>{record.title}</TableCell>
              {columns.map(column => (
                <TableCell key={column.title}>{column.value(record)}</TableCell>
              ))}
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {stateLabel(props.type, record.state)}
              </TableCell>
              <TableCell>
                <EntityNames entityRefs={record.entityRefs} />
              </TableCell>
              <TableCell>
                {record.owner ? <EntityName entityRef={record.owner} /> : '—'}
              </TableCell>
              <TableCell>
                <DateTime value={record.updatedAt} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
