import Table from '@material-ui/core/Table';
import { EntityName } from '../../components/EntityName';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { CiItem } from '@backstage-itsm/plugin-itsm-common';
import { useCiLink } from '../../hooks/useCiLink';
import { RelativeTime } from '../../components/RelativeTime';

/**
 * Configuration items as rows: name, class, kind and type, owner, system,
 * lifecycle, last change; each on one line (no name broken mid-word), so a
 * narrow page scrolls the table (put it in a `TableContainer`).
 */
export function CiItemsTable(props: { items: CiItem[]; label: string }) {
  const linkOf = useCiLink();
  return (
    <Table
      size="small"
      aria-label={props.label}
      style={{ whiteSpace: 'nowrap' }}
    >
      <TableHead>
        <TableRow>
          <TableCell>Name</TableCell>
          <TableCell>Class</TableCell>
          <TableCell>Kind · type</TableCell>
          <TableCell>Owner</TableCell>
          <TableCell>System</TableCell>
          <TableCell>Lifecycle</TableCell>
          <TableCell>Last changed</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.items.map(item => (
          <TableRow key={item.entityRef}>
            <TableCell>
              {linkOf ? (
                <Link to={linkOf(item.entityRef)}>{item.title}</Link>
              ) : (
                <EntityRefLink entityRef={item.entityRef} title={item.title} />
              )}
            </TableCell>
            <TableCell>{item.ciClass}</TableCell>
            <TableCell>
              {item.kind}
              {item.type ? ` · ${item.type}` : ''}
            </TableCell>
            <TableCell>
              {item.owner ? (
                <EntityName entityRef={item.owner} defaultKind="group" />
              ) : (
                '—'
              )}
            </TableCell>
            <TableCell>
              {item.system ? (
                <EntityName entityRef={item.system} defaultKind="system" />
              ) : (
                '—'
              )}
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {item.lifecycle ?? '—'}
            </TableCell>
            <TableCell>
              {item.changedAt ? <RelativeTime value={item.changedAt} /> : '—'}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
