import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { ActorName } from './ActorName';

describe('ActorName', () => {
  it('links a user to their catalog page', async () => {
    await renderInTestApp(<ActorName actor="user:default/sam.agent" />, {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(screen.getByRole('link', { name: 'sam.agent' })).toHaveAttribute(
      'href',
      expect.stringContaining('/user/sam.agent'),
    );
  });

  it('names the plugin itself and its tasks instead of showing a ref', async () => {
    await renderInTestApp(
      <>
        <div>
          <ActorName actor="service:plugin:itsm" />
        </div>
        <div>
          <ActorName actor="itsm:auto-close" />
        </div>
      </>,
    );
    expect(screen.getByText('ITSM (automatic)')).toBeInTheDocument();
    expect(screen.getByText('Automatic closure')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows another backend service by its subject', async () => {
    await renderInTestApp(<ActorName actor="service:plugin:alertmanager" />);
    expect(
      screen.getByText('plugin:alertmanager (service)'),
    ).toBeInTheDocument();
  });
});
