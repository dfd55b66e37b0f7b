import { KeyboardEvent, useRef } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { useNavigate } from 'react-router-dom';
import {
  DependencyGraph,
  DependencyGraphTypes,
} from '@backstage/core-components';
import { ImpactAnalysis } from '@backstage-itsm/plugin-itsm-common';
import { GraphZoomControls } from './GraphZoomControls';
import {
  ImpactGraphEdge,
  ImpactGraphNode,
  impactGraphOf,
} from './impactGraphOf';

const NODE_W = 200;
const NODE_H = 44;
/** Space between two nodes of a column. */
const NODE_GAP = 12;
const PADDING = 16;
/** The graph's box: as tall as the columns need, within these bounds. */
const MIN_HEIGHT = 120;
const MAX_HEIGHT = 720;
/** Entities drawn at most, the nearest first; the others are counted. */
export const MAX_NODES = 100;

const useStyles = makeStyles(theme => ({
  box: {
    position: 'relative',
    overflow: 'hidden',
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    // The graph's full-screen frame and its box fill this one:
    // `fit="contain"` fits the graph to them.
    '& > div:first-child, & > div:first-child > div': { height: '100%' },
  },
}));

function shorten(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One configuration item: its title and class; the item of the page stands out. */
function CiNode(props: {
  node: ImpactGraphNode;
  linkOf?: (entityRef: string) => string;
}) {
  const { node, linkOf } = props;
  const theme = useTheme();
  const navigate = useNavigate();
  const open = linkOf ? () => navigate(linkOf(node.id)) : undefined;
  const text = node.focused
    ? theme.palette.primary.contrastText
    : theme.palette.text.primary;
  return (
    <g
      role={open ? 'link' : undefined}
      tabIndex={open ? 0 : undefined}
      aria-label={node.title}
      aria-current={node.focused ? 'page' : undefined}
      style={{ cursor: open ? 'pointer' : undefined }}
      onClick={open}
      onKeyDown={(e: KeyboardEvent) => {
        if (open && e.key === 'Enter') open();
      }}
    >
      <title>{`${node.title} (${node.id}), ${node.ciClass}`}</title>
      <rect
        width={NODE_W}
        height={NODE_H}
        rx={6}
        fill={
          node.focused
            ? theme.palette.primary.main
            : theme.palette.background.paper
        }
        stroke={
          node.focused ? theme.palette.primary.dark : theme.palette.divider
        }
        strokeWidth={node.focused ? 2 : 1}
      />
      <text
        x={10}
        y={18}
        fontSize={13}
        fontWeight={node.focused ? 'bold' : undefined}
        fill={text}
      >
        {shorten(node.title, 26)}
      </text>
      <text
        x={10}
        y={35}
        fontSize={11}
        fill={node.focused ? text : theme.palette.text.secondary}
      >
        {shorten(`${node.kind} · ${node.ciClass}`, 32)}
      </text>
    </g>
  );
}

/** A relation's words on its arrow, on a patch of the card's colour. */
function RelationLabel(props: { edge: ImpactGraphEdge }) {
  const theme = useTheme();
  const { label } = props.edge;
  // About the width of an 11 px sans-serif text.
  const width = label.length * 6 + 6;
  return (
    <g>
      <rect
        x={-width / 2}
        y={-8}
        width={width}
        height={16}
        rx={3}
        fill={theme.palette.background.paper}
      />
      <text
        y={4}
        fontSize={11}
        textAnchor="middle"
        fill={theme.palette.text.secondary}
      >
        {label}
      </text>
    </g>
  );
}

/**
 * An impact analysis as a graph laid out by Backstage's `DependencyGraph`
 * (dagre): the item it starts from on the left, highlighted, each step a
 * column further right, an arrow to each entity from the one it was
 * reached through (or, on request, for every relation between the
 * entities drawn), named in words. The whole graph fits its box at first; the
 * wheel, a drag and the buttons zoom and pan within it. A node opens that
 * item's page.
 */
export function ImpactGraph(props: {
  analysis: ImpactAnalysis;
  title: string;
  /** The paths the analysis followed (a tree), or every relation. */
  relations?: 'paths' | 'all';
  linkOf?: (entityRef: string) => string;
}) {
  const { analysis, title, relations = 'paths', linkOf } = props;
  const classes = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const { nodes, edges, hidden } = impactGraphOf(analysis, {
    maxNodes: MAX_NODES,
    relations,
  });
  const tallest = Math.max(
    1,
    ...Object.values(
      nodes.reduce<Record<number, number>>((columns, n) => {
        columns[n.depth] = (columns[n.depth] ?? 0) + 1;
        return columns;
      }, {}),
    ),
  );
  const needed = tallest * (NODE_H + NODE_GAP) - NODE_GAP + 2 * PADDING;
  const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, needed));

  return (
    <>
      <div
        ref={box}
        role="figure"
        aria-label={title}
        className={classes.box}
        style={{ height }}
      >
        <DependencyGraph<ImpactGraphNode, ImpactGraphEdge>
          data-itsm-graph=""
          nodes={nodes}
          edges={edges}
          direction={DependencyGraphTypes.Direction.LEFT_RIGHT}
          fit="contain"
          zoom="enabled"
          showArrowHeads
          nodeMargin={NODE_GAP}
          rankMargin={60}
          paddingX={PADDING}
          // A short graph keeps its size rather than growing to the box.
          paddingY={PADDING + Math.max(0, (height - needed) / 2)}
          labelPosition={DependencyGraphTypes.LabelPosition.CENTER}
          renderNode={({ node }) => <CiNode node={node} linkOf={linkOf} />}
          renderLabel={({ edge }) => <RelationLabel edge={edge} />}
        />
        <Box position="absolute" top={8} left={8}>
          <GraphZoomControls
            graph={() =>
              box.current?.querySelector<SVGSVGElement>('svg[data-itsm-graph]')
            }
          />
        </Box>
      </div>
      {hidden > 0 && (
        <Typography variant="caption" color="textSecondary">
          Showing the {MAX_NODES} nearest of {nodes.length + hidden} entities;
          fewer steps show them all.
        </Typography>
      )}
    </>
  );
}
