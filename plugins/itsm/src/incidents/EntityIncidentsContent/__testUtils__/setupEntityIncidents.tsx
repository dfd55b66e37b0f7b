import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { Incident } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../../api/ItsmApi';
import { mockItsmApi } from '../../../testUtils/mockItsmApi';
import { EntityIncidentsContent } from '../EntityIncidentsContent';

// No pause between simulated events.
export const user = userEvent.setup({ delay: null });

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
};
export const entityRef = 'component:default/payments';

/**
 * The Incidents tab of the `payments` component on a mocked API that lists
 * `incidents` (then `nextCursor`) and counts them as the server does.
 */
export function setupEntityIncidents(options: {
  incidents: Incident[];
  nextCursor?: string;
}) {
  const itsmApi = mockItsmApi();
  itsmApi.listIncidents.mockImplementation(async () => ({
    items: options.incidents,
    nextCursor: options.nextCursor,
  }));
  // What the server counts: the given incidents in the asked states.
  itsmApi.countIncidents.mockImplementation(async query => {
    const counted = options.incidents.filter(i =>
      query?.state ? query.state.includes(i.state) : true,
    );
    const byPriority = { P1: 0, P2: 0, P3: 0, P4: 0 };
    counted.forEach(i => (byPriority[i.priority] += 1));
    return { total: counted.length, byPriority };
  });
  const render = () =>
    renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, itsmApi]]}>
        <EntityProvider entity={entity}>
          <EntityIncidentsContent />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
  return { itsmApi, render };
}

/** Enters text as a paste: typing key by key re-measures MUI's text areas. */
export async function enter(textbox: HTMLElement, text: string) {
  await user.click(textbox);
  await user.paste(text);
}

/** The table row of the incident `ref`. */
export function row(ref: string) {
  return screen.getByTestId(ref);
}
