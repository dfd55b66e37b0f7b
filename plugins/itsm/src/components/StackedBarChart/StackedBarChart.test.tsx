import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { expectPlainWords } from '../../testUtils/rawValuesIn';
import { StackedBarChart } from './StackedBarChart';

describe('StackedBarChart', () => {
  it('names keys by their labels, the rest in words, and periods as days', async () => {
    await renderInTestApp(
      <StackedBarChart
        title="Incidents by category"
        periods={['2026-11-30', '2026-12-07']}
        data={[
          { period: '2026-11-30', key: 'software', count: 2 },
          { period: '2026-12-07', key: 'none', count: 1 },
          { period: '2026-12-07', key: 'service_request', count: 1 },
        ]}
        labels={key =>
          ({ software: 'Software failure', none: 'No category' }[key] ?? '')
        }
      />,
    );
    expect(screen.getByText('Software failure')).toBeInTheDocument();
    expect(screen.getByText('No category')).toBeInTheDocument();
    // A key the labels do not name is still said in words.
    expect(screen.getByText('Service request')).toBeInTheDocument();
    expect(screen.queryByText('none')).not.toBeInTheDocument();
    expect(screen.getByText(/^(7 Dec|Dec 7)$/)).toBeInTheDocument();
    expectPlainWords();
  });
});
