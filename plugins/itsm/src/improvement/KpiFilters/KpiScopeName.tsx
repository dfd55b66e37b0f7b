import type { KpiScorecard } from '@backstage-itsm/plugin-itsm-common';
import { EntityName } from '../../components/EntityName';

/** Whose figures, in words: the whole portal, a group or a service. */
export function KpiScopeName(props: { scope: KpiScorecard['scope'] }) {
  const { kind, ref } = props.scope;
  if (kind === 'group' && ref) {
    return (
      <>
        the group <EntityName entityRef={ref} defaultKind="group" />
      </>
    );
  }
  if (kind === 'service' && ref) {
    return (
      <>
        the service <EntityName entityRef={ref} />
      </>
    );
  }
  return <>the whole portal</>;
}
