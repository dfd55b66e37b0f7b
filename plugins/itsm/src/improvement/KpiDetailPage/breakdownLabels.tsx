import {
  changeModelLabels,
  changeTypeLabels,
  IndicatorBreakdown,
  isPriority,
  priorityLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { EntityName } from '../../components/EntityName';

/** Each breakdown's tab. */
export const breakdownLabels: Record<IndicatorBreakdown, string> = {
  group: 'By group',
  service: 'By service',
  priority: 'By priority',
  type: 'By change type',
  model: 'By change model',
};

/** A breakdown row's key in words (plain text, for a chart's axis). */
export function breakdownKeyText(by: IndicatorBreakdown, key: string): string {
  if (key === 'none' || key === 'unassigned') {
    return by === 'group' ? 'Unassigned' : 'None';
  }
  if (by === 'priority' && isPriority(key)) return priorityLabels[key];
  if (by === 'type' && key in changeTypeLabels) {
    return changeTypeLabels[key as keyof typeof changeTypeLabels];
  }
  if (by === 'model' && key in changeModelLabels) {
    return changeModelLabels[key as keyof typeof changeModelLabels];
  }
  if (by === 'group' || by === 'service') {
    return key.replace(/^[^:]+:(default\/)?/, '');
  }
  return key;
}

/** A breakdown row's key, a group or service by its catalog name, linked. */
export function BreakdownKey(props: { by: IndicatorBreakdown; keyOf: string }) {
  const { by, keyOf } = props;
  if ((by === 'group' || by === 'service') && keyOf.includes(':')) {
    return (
      <EntityName
        entityRef={keyOf}
        defaultKind={by === 'group' ? 'group' : undefined}
      />
    );
  }
  return <>{breakdownKeyText(by, keyOf)}</>;
}
