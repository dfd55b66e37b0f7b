import { useNavigate } from 'react-router-dom';
import { useTheme } from '@material-ui/core/styles';
import {
  ImpactAnalysis,
  ImpactedEntity,
} from '@backstage-itsm/plugin-itsm-common';

const COLUMN = 230;
const ROW = 56;
const NODE_W = 190;
const NODE_H = 40;
/** Nodes drawn per depth; the rest are counted in a "+N more" note. */
const PER_COLUMN = 10;

function shorten(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * An impact analysis as a layered graph: the starting entity on the left,
 * each step one column further, an arrow for every relation between the
 * entities drawn. A node opens that item's view.
 */
export function ImpactGraph(props: {
  analysis: ImpactAnalysis;
  title: string;
  linkOf?: (entityRef: string) => string;
}) {
  const theme = useTheme();
  const navigate = useNavigate();
  const { analysis, linkOf } = props;
  const columns: ImpactedEntity[][] = [];
  for (const item of [...analysis.roots, ...analysis.impacted]) {
    (columns[item.depth] ??= []).push(item);
  }
  const position = new Map<string, { x: number; y: number }>();
  columns.forEach((items, depth) =>
    items.slice(0, PER_COLUMN).forEach((item, row) =>
      position.set(item.entityRef, {
        x: 10 + depth * COLUMN,
        y: 10 + row * ROW,
      }),
    ),
  );
  const rows = Math.max(
    1,
    ...columns.map(
      c => Math.min(c.length, PER_COLUMN) + (c.length > PER_COLUMN ? 1 : 0),
    ),
  );
  const width = 20 + Math.max(1, columns.length) * COLUMN;
  const height = 20 + rows * ROW;
  const edges = analysis.edges.filter(
    e => position.has(e.from) && position.has(e.to) && e.from !== e.to,
  );

  return (
    <svg
      role="img"
      aria-label={props.title}
      width="100%"
      viewBox={`0 0 ${width} ${height}`}
      style={{ maxHeight: 640 }}
    >
      <defs>
        <marker
          id="itsm-impact-arrow"
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill={theme.palette.text.secondary} />
        </marker>
      </defs>
      {edges.map(edge => {
        const from = position.get(edge.from)!;
        const to = position.get(edge.to)!;
        const x1 = from.x + NODE_W;
        const y1 = from.y + NODE_H / 2;
        const x2 = to.x;
        const y2 = to.y + NODE_H / 2;
        const bend = Math.max(30, Math.abs(x2 - x1) / 2);
        return (
          <path
            key={`${edge.from}>${edge.to}`}
            d={`M ${x1} ${y1} C ${x1 + bend} ${y1}, ${
              x2 - bend
            } ${y2}, ${x2} ${y2}`}
            fill="none"
            stroke={theme.palette.divider}
            strokeWidth={1.5}
            markerEnd="url(#itsm-impact-arrow)"
          />
        );
      })}
      {columns.map((items, depth) => [
        ...items.slice(0, PER_COLUMN).map(item => {
          const { x, y } = position.get(item.entityRef)!;
          const root = item.depth === 0;
          return (
            <g
              key={item.entityRef}
              transform={`translate(${x} ${y})`}
              style={{ cursor: linkOf ? 'pointer' : undefined }}
              onClick={
                linkOf ? () => navigate(linkOf(item.entityRef)) : undefined
              }
            >
              <title>{`${item.title} (${item.entityRef}), ${item.ciClass}`}</title>
              <rect
                width={NODE_W}
                height={NODE_H}
                rx={6}
                fill={
                  root
                    ? theme.palette.primary.main
                    : theme.palette.background.paper
                }
                stroke={theme.palette.primary.main}
              />
              <text
                x={10}
                y={17}
                fontSize={13}
                fill={
                  root
                    ? theme.palette.primary.contrastText
                    : theme.palette.text.primary
                }
              >
                {shorten(item.title, 24)}
              </text>
              <text
                x={10}
                y={32}
                fontSize={11}
                fill={
                  root
                    ? theme.palette.primary.contrastText
                    : theme.palette.text.secondary
                }
              >
                {shorten(item.ciClass, 28)}
              </text>
            </g>
          );
        }),
        items.length > PER_COLUMN ? (
          <text
            key={`more-${depth}`}
            x={10 + depth * COLUMN}
            y={10 + PER_COLUMN * ROW + 20}
            fontSize={12}
            fill={theme.palette.text.secondary}
          >
            +{items.length - PER_COLUMN} more
          </text>
        ) : null,
      ])}
    </svg>
  );
}
