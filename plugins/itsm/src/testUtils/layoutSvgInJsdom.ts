/**
 * jsdom lays nothing out. For a test that draws Backstage's
 * `DependencyGraph`: every drawn shape gets the size of a graph node, and
 * an svg the view box it declares (which d3-zoom reads).
 */
export function layoutSvgInJsdom() {
  beforeAll(() => {
    Object.defineProperty(SVGElement.prototype, 'getBBox', {
      configurable: true,
      value: () => ({ x: 0, y: 0, width: 200, height: 44 }),
    });
    Object.defineProperty(SVGSVGElement.prototype, 'viewBox', {
      configurable: true,
      get(this: SVGSVGElement) {
        const [x, y, width, height] = (
          this.getAttribute('viewBox') ?? '0 0 0 0'
        )
          .split(' ')
          .map(Number);
        return { baseVal: { x, y, width, height } };
      },
    });
  });
}
