import { useMemo, useState } from 'react';
import Box from '@material-ui/core/Box';
import { monthOf } from '@backstage-itsm/plugin-itsm-common';
import { useSearchParams } from 'react-router-dom';
import { EntityRefField } from '../../components/EntityRefField';
import { SelectField } from '../../components/SelectField';
import { kpiQueryOf, monthLabel } from '../kpiQuery';

/** The kinds of catalog entity a service scope may be. */
const SERVICE_KINDS = ['Component', 'System', 'Resource'];

const scopeLabels = {
  portal: 'Whole portal',
  group: 'One group',
  service: 'One service',
} as const;
type ScopeKind = keyof typeof scopeLabels;

/** How many months back the period picker offers. */
const MONTHS_BACK = 24;

/**
 * The KPI dashboard's period (a month) and scope (the portal, a group or a
 * service, picked from the catalog), kept in the query string (`?period=
 * 2026-11&group=group:default/web-team`) so a view can be linked to and
 * survives a reload and the way to an indicator's page and back.
 */
export function KpiFilters() {
  const [params, setParams] = useSearchParams();
  const query = kpiQueryOf(params);
  const [chosenKind, setChosenKind] = useState<ScopeKind>(() => {
    if (query.group) return 'group';
    if (query.service) return 'service';
    return 'portal';
  });
  // A scope named in the link wins over the picker's last choice.
  let kind: ScopeKind = chosenKind;
  if (query.group) kind = 'group';
  else if (query.service) kind = 'service';

  const running = useMemo(() => monthOf(new Date()), []);
  const period = query.period ?? running;
  const periods = useMemo(() => {
    const months = Array.from({ length: MONTHS_BACK }, (_, i) =>
      monthOf(new Date(), -i),
    );
    return months.includes(period) ? months : [period, ...months];
  }, [period]);
  const periodLabels = Object.fromEntries(
    periods.map(p => [
      p,
      p === running ? `${monthLabel(p)} (so far)` : monthLabel(p),
    ]),
  ) as Record<string, string>;

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };

  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      mb={2}
      style={{ gap: 16 }}
    >
      <Box width={220}>
        <SelectField
          id="itsm-kpi-period"
          label="Month"
          value={period}
          options={periods}
          labels={periodLabels}
          onChange={next => update({ period: next })}
        />
      </Box>
      <Box width={180}>
        <SelectField
          id="itsm-kpi-scope"
          label="Scope"
          value={kind}
          options={Object.keys(scopeLabels) as ScopeKind[]}
          labels={scopeLabels}
          onChange={next => {
            setChosenKind(next);
            update({ group: undefined, service: undefined });
          }}
        />
      </Box>
      {kind === 'group' && (
        <Box minWidth={280} flexGrow={1} maxWidth={420} mt={1}>
          <EntityRefField
            id="itsm-kpi-group"
            label="Group"
            kinds={['Group']}
            value={query.group}
            size="small"
            onChange={ref => update({ group: ref, service: undefined })}
          />
        </Box>
      )}
      {kind === 'service' && (
        <Box minWidth={280} flexGrow={1} maxWidth={420} mt={1}>
          <EntityRefField
            id="itsm-kpi-service"
            label="Service"
            kinds={SERVICE_KINDS}
            value={query.service}
            size="small"
            onChange={ref => update({ service: ref, group: undefined })}
          />
        </Box>
      )}
    </Box>
  );
}
