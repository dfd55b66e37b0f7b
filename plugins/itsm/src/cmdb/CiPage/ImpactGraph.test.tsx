import { renderInTestApp } from '@backstage/test-utils';
import {
  ImpactAnalysis,
  ImpactedEntity,
} from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { layoutSvgInJsdom } from '../../testUtils/layoutSvgInJsdom';
import { ImpactGraph, MAX_NODES } from './ImpactGraph';

layoutSvgInJsdom();

const ref = (name: string) => `component:default/${name}`;

/** An entity reached through `path` (names), the last step by `relation`. */
const entity = (
  path: string[],
  title: string,
  relation?: ImpactedEntity['relation'],
): ImpactedEntity => ({
  entityRef: ref(path[path.length - 1]),
  kind: 'Component',
  title,
  ciClass: 'software/service',
  owners: [],
  depth: path.length - 1,
  path: path.map(ref),
  relation,
});

const analysis: ImpactAnalysis = {
  roots: [entity(['payments-db'], 'Payments DB')],
  missing: [],
  impacted: [
    entity(['payments-db', 'checkout'], 'Checkout Service', 'dependencyOf'),
    entity(['payments-db', 'ledger'], 'Ledger', 'dependencyOf'),
    entity(
      ['payments-db', 'checkout', 'storefront'],
      'Storefront',
      'dependencyOf',
    ),
  ],
  edges: [
    { from: ref('payments-db'), to: ref('checkout'), relation: 'dependencyOf' },
    { from: ref('payments-db'), to: ref('ledger'), relation: 'dependencyOf' },
    { from: ref('checkout'), to: ref('storefront'), relation: 'dependencyOf' },
    { from: ref('checkout'), to: ref('storefront'), relation: 'partOf' },
    { from: ref('ledger'), to: ref('checkout'), relation: 'dependencyOf' },
  ],
  stakeholders: [],
  maxDepth: 2,
  truncated: false,
};

async function renderGraph(
  value: ImpactAnalysis = analysis,
  relations: 'paths' | 'all' = 'paths',
) {
  await renderInTestApp(
    <Routes>
      <Route
        path="/"
        element={
          <ImpactGraph
            analysis={value}
            title="What depends on it, 2 steps"
            relations={relations}
            linkOf={entityRef => `/cmdb/${entityRef.replace(/[:/]/g, '-')}`}
          />
        }
      />
      <Route path="/cmdb/:ci" element={<div>Item page</div>} />
    </Routes>,
  );
  return screen.findByRole('figure', { name: 'What depends on it, 2 steps' });
}

describe('ImpactGraph', () => {
  it('names items by title, the page’s own item marked, and the paths followed in words', async () => {
    const graph = await renderGraph();
    const focused = await within(graph).findByRole('link', {
      name: 'Payments DB',
    });
    expect(focused).toHaveAttribute('aria-current', 'page');
    expect(
      within(graph).getByRole('link', { name: 'Checkout Service' }),
    ).not.toHaveAttribute('aria-current');
    const drawn = [...graph.querySelectorAll('text')].map(t => t.textContent);
    expect(drawn).toContain('Checkout Service');
    expect(drawn).toContain('Component · software/service');
    expect(drawn.join(' ')).not.toMatch(/component:default/);
    // One arrow to each item, from the one it was reached through.
    expect(within(graph).getAllByTestId('edge')).toHaveLength(3);
    expect(within(graph).getAllByText('is needed by')).toHaveLength(3);
  });

  it('draws every relation between the items on request, one arrow a pair', async () => {
    const graph = await renderGraph(analysis, 'all');
    await within(graph).findByRole('link', { name: 'Storefront' });
    expect(within(graph).getAllByTestId('edge')).toHaveLength(4);
    expect(
      within(graph).getByText('is needed by, is part of'),
    ).toBeInTheDocument();
  });

  it('opens an item’s page from its node', async () => {
    const graph = await renderGraph();
    fireEvent.click(
      await within(graph).findByRole('link', { name: 'Storefront' }),
    );
    expect(await screen.findByText('Item page')).toBeInTheDocument();
  });

  it('zooms in and out with its buttons, and back to the whole graph', async () => {
    const graph = await renderGraph();
    await within(graph).findByRole('link', { name: 'Storefront' });
    const workspace = () =>
      graph.querySelector('#workspace')?.getAttribute('transform') ?? '';
    // The graph listens for the wheel once it has settled in its box.
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(workspace()).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(workspace()).toMatch(/scale\(1\.5\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(workspace()).toMatch(/scale\(2\.25\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(workspace()).toMatch(/scale\(1\.5\)/);
    fireEvent.click(
      screen.getByRole('button', { name: 'Show the whole graph' }),
    );
    expect(workspace()).toMatch(/translate\(0,0\) scale\(1\)/);
  });

  it('draws the nearest items of a large analysis and counts the rest', async () => {
    const many = Array.from({ length: MAX_NODES + 4 }, (_, i) =>
      entity(['payments-db', `svc-${i}`], `Service ${i}`, 'dependencyOf'),
    );
    const graph = await renderGraph({ ...analysis, impacted: many });
    expect(
      await screen.findByText(
        `Showing the ${MAX_NODES} nearest of ${
          MAX_NODES + 5
        } entities; fewer steps show them all.`,
      ),
    ).toBeInTheDocument();
    expect(await within(graph).findAllByTestId('node')).toHaveLength(MAX_NODES);
  });
});
