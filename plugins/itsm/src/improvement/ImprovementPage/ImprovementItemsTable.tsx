import Link from '@material-ui/core/Link';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import {
  ImprovementSource,
  indicatorDefinition,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { Link as RouterLink } from 'react-router-dom';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';
import { useItsmBasePath } from '../../hooks/useItsmBasePath';
import { ImprovementSourceText } from '../ImprovementItemPage/ImprovementSourceText';

const noWrap = { whiteSpace: 'nowrap' } as const;

/** What a row of the register or the plan shows of an item. */
export type ImprovementItemRow = {
  id: string;
  ref: string;
  title: string;
  state: string;
  owner?: string;
  indicatorId?: string;
  dueDate?: string;
  source: ImprovementSource;
  sourceRef?: string;
};

/**
 * Improvement items as the register and the plan list them (§10.2.2,
 * §10.3.1): ref linked to the item's page, title, state, owner, the
 * indicator it should move and its due date; with `showSource`, where it
 * came from, linked to where the lesson was written.
 */
export function ImprovementItemsTable(props: {
  items: readonly ImprovementItemRow[];
  label: string;
  showSource?: boolean;
}) {
  const { items, label, showSource } = props;
  const base = useItsmBasePath();
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>Ref</TableCell>
          <TableCell>Title</TableCell>
          <TableCell>State</TableCell>
          <TableCell>Owner</TableCell>
          <TableCell>Indicator</TableCell>
          <TableCell>Due</TableCell>
          {showSource && <TableCell>Source</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map(item => (
          <TableRow key={item.id}>
            <TableCell style={noWrap}>
              {base ? (
                <Link
                  component={RouterLink}
                  to={`${base}/improvements/${item.ref}`}
                >
                  {item.ref}
                </Link>
              ) : (
                item.ref
              )}
            </TableCell>
            <TableCell>{item.title}</TableCell>
            <TableCell style={noWrap}>
              {stateLabel('improvement', item.state)}
            </TableCell>
            <TableCell style={noWrap}>
              {item.owner ? <EntityName entityRef={item.owner} /> : '—'}
            </TableCell>
            <TableCell>
              {item.indicatorId
                ? indicatorDefinition(item.indicatorId)?.name ??
                  item.indicatorId
                : '—'}
            </TableCell>
            <TableCell style={noWrap}>
              {item.dueDate ? (
                <DateTime value={`${item.dueDate}T12:00:00Z`} variant="date" />
              ) : (
                '—'
              )}
            </TableCell>
            {showSource && (
              <TableCell>
                <ImprovementSourceText
                  source={item.source}
                  sourceRef={item.sourceRef}
                />
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
