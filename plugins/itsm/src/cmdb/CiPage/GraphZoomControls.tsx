import IconButton from '@material-ui/core/IconButton';
import Paper from '@material-ui/core/Paper';
import Tooltip from '@material-ui/core/Tooltip';
import ZoomInIcon from '@material-ui/icons/ZoomIn';
import ZoomOutIcon from '@material-ui/icons/ZoomOut';
import ZoomOutMapIcon from '@material-ui/icons/ZoomOutMap';

/** d3-zoom's default: a wheel turn of `deltaY` pixels scales by 2^(-deltaY × 0.002). */
const PIXELS_PER_DOUBLING = 500;
const STEP = 1.5;

/**
 * Turns the mouse wheel over the middle of a graph: what a user does to
 * zoom, sent by a button.
 */
function turnWheel(svg: SVGSVGElement, deltaY: number) {
  const box = svg.getBoundingClientRect();
  svg.dispatchEvent(
    new WheelEvent('wheel', {
      deltaY,
      deltaMode: 0, // pixels
      clientX: box.left + box.width / 2,
      clientY: box.top + box.height / 2,
      bubbles: true,
      cancelable: true,
    }),
  );
}

/**
 * Zoom in, zoom out and "the whole graph" buttons for Backstage's
 * `DependencyGraph`. The graph zooms on the mouse wheel and pans on drag
 * (d3-zoom, from the whole graph fitted in its box down to any detail)
 * but has no buttons: these turn the wheel at its middle, so buttons,
 * wheel and drag move one and the same view.
 */
export function GraphZoomControls(props: {
  /** The graph's `svg`, when it is drawn. */
  graph: () => SVGSVGElement | null | undefined;
}) {
  const zoom = (deltaY: number) => {
    const svg = props.graph();
    if (svg) turnWheel(svg, deltaY);
  };
  const step = Math.log2(STEP) * PIXELS_PER_DOUBLING;
  const buttons = [
    { label: 'Zoom in', icon: <ZoomInIcon />, deltaY: -step },
    { label: 'Zoom out', icon: <ZoomOutIcon />, deltaY: step },
    // Far enough out for any zoom: the graph stops at the whole of it.
    { label: 'Show the whole graph', icon: <ZoomOutMapIcon />, deltaY: 1e5 },
  ];
  return (
    <Paper
      variant="outlined"
      style={{ display: 'flex', flexDirection: 'column' }}
    >
      {buttons.map(b => (
        <Tooltip key={b.label} title={b.label} placement="right">
          <IconButton
            size="small"
            aria-label={b.label}
            onClick={() => zoom(b.deltaY)}
          >
            {b.icon}
          </IconButton>
        </Tooltip>
      ))}
    </Paper>
  );
}
