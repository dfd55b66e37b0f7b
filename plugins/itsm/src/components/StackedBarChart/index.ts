export { StackedBarChart } from './StackedBarChart';
export type { BarDatum, StackedBarChartProps } from './StackedBarChart';
