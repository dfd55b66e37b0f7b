import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import { Exercise, fieldValueLabel } from '@backstage-itsm/plugin-itsm-common';
import { DateTime } from '../../components/DateTime';
import { EntityNames } from '../../components/EntityName';
import { useChangeLink } from '../../hooks/useChangeLink';
import { useContinuityLink } from '../../hooks/useContinuityLink';
import { ContinuityRecordPage } from '../ContinuityRecordPage';
import { ExerciseFindingsCard } from './ExerciseFindingsCard';
import { ExerciseRunCard } from './ExerciseRunCard';

/**
 * An exercise's page (§9.3): its kind, plan, scope, scenario, participants
 * and change request; the drill as a timed checklist against the RTO; its
 * findings.
 */
export function ExercisePage() {
  const continuityLink = useContinuityLink();
  const changeLink = useChangeLink();
  const ref = (text: string, href: string | undefined) =>
    href ? <Link href={href}>{text}</Link> : text;
  return (
    <ContinuityRecordPage
      type="exercise"
      fields={(e: Exercise) => ({
        kind: fieldValueLabel('exercise', 'kind', e.kind),
        plan: e.plan
          ? ref(e.plan, continuityLink?.('continuity-plan', e.plan))
          : 'Ad hoc',
        planned: <DateTime value={e.plannedStart} />,
        ...(e.window
          ? {
              window: (
                <>
                  <DateTime value={e.window.start} /> to{' '}
                  <DateTime value={e.window.end} />
                </>
              ),
            }
          : {}),
        ...(e.changeRequest
          ? {
              'change request': ref(
                e.changeRequest,
                changeLink?.(e.changeRequest),
              ),
            }
          : {}),
        scope: e.scope || '—',
        scenario: e.scenario || '—',
        participants: e.participants?.length ? (
          <EntityNames entityRefs={e.participants} />
        ) : (
          '—'
        ),
        result: e.result
          ? fieldValueLabel('exercise', 'result', e.result)
          : '—',
      })}
      columns={(e, { changed }) => [
        {
          md: 6,
          cards: (
            <>
              <Box mb={3}>
                <ExerciseRunCard exercise={e} onChanged={changed} />
              </Box>
              <ExerciseFindingsCard exercise={e} onChanged={changed} />
            </>
          ),
        },
      ]}
    />
  );
}
