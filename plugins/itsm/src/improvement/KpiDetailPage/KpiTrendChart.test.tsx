import { cloneElement, ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import { indicatorDefinition } from '@backstage-itsm/plugin-itsm-common';
import { series } from '../__testUtils__/kpiFixtures';
import { KpiTrendChart } from './KpiTrendChart';

// jsdom lays nothing out: the chart gets a size of its own.
jest.mock('recharts', () => {
  const actual = jest.requireActual('recharts');
  return {
    ...actual,
    ResponsiveContainer: (props: { children: ReactElement }) =>
      cloneElement(props.children, { width: 800, height: 280 }),
  };
});

const resolve = indicatorDefinition('incident-time-to-resolve')!;

describe('KpiTrendChart', () => {
  it('draws the months with the target and critical lines', () => {
    render(
      <KpiTrendChart
        definition={resolve}
        series={series(resolve.id, [8, 7, null, 6], { target: 4, critical: 8 })}
        period="2026-11"
      />,
    );
    expect(screen.getByText('Target 4 h')).toBeInTheDocument();
    expect(screen.getByText('Critical 8 h')).toBeInTheDocument();
    expect(screen.getByText('Nov 26')).toBeInTheDocument();
  });

  it('says so when no month has a figure', () => {
    render(
      <KpiTrendChart
        definition={resolve}
        series={series(resolve.id, [null, null])}
        period="2026-11"
      />,
    );
    expect(
      screen.getByText('No month of the last 2 has a figure.'),
    ).toBeInTheDocument();
  });
});
