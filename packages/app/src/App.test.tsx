import { render, screen, waitFor } from '@testing-library/react';
import App from './App';

jest.setTimeout(60_000);

describe('App', () => {
  const originalFetch = global.fetch;

  afterEach(() => {
    global.fetch = originalFetch;
    window.localStorage.clear();
  });

  it('renders the demo sign-in page with the catalog users', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test', baseUrl: 'http://localhost:3000' },
            backend: { baseUrl: 'http://localhost:7007' },
          },
          context: 'test',
        },
      ] as any,
    };
    const fetchMock = jest.fn(async (url: string) => {
      if (url === 'http://localhost:7007/api/auth/demo-users') {
        return new Response(
          JSON.stringify({
            items: [
              {
                name: 'paula.lead',
                entityRef: 'user:default/paula.lead',
                displayName: 'Paula Lead',
                description: 'Team lead, Payments Team.',
                groups: [
                  {
                    entityRef: 'group:default/payments-team',
                    name: 'payments-team',
                    title: 'Payments Team',
                  },
                ],
              },
            ],
          }),
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        );
      }
      return new Response('not found', { status: 404 });
    });
    global.fetch = fetchMock as unknown as typeof fetch;

    render(App.createRoot());

    // The whole app loads first: give a busy CI machine time.
    expect(
      await screen.findByText('Paula Lead', undefined, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Team lead, Payments Team.')).toBeInTheDocument();
    expect(screen.getByText('Payments Team')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /sign in as paula\.lead/i }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith(
        'http://localhost:7007/api/auth/demo-users',
      ),
    );
  });
});
