import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  approvedFields,
  formatIndicatorValue,
  ImprovementItem,
  improvementOutcomeLabels,
  improvementWorkflow,
  indicatorCatalogue,
  indicatorDefinition,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { EntityName, EntityNames } from '../../components/EntityName';
import { FormDialog } from '../../components/FormDialog';
import { ImprovementSourceText } from './ImprovementSourceText';

const coveredLabels = (approvedFields.improvement ?? [])
  .map(f => f.label)
  .join(', ');

const indicatorChoices = Object.fromEntries(
  indicatorCatalogue.map(d => [d.id, `${d.name} (${d.section})`]),
);

const day = (value?: string) =>
  value ? <DateTime value={`${value}T12:00:00Z`} variant="date" /> : '—';

/**
 * A figure in its indicator's unit, as the dashboard writes it ("42 %",
 * "3.5 h"; `formatIndicatorValue`); a plain number without an indicator.
 */
export function formatFigure(
  value: number | null | undefined,
  indicatorId?: string,
): string {
  const definition = indicatorId ? indicatorDefinition(indicatorId) : undefined;
  return formatIndicatorValue(definition ?? { unit: 'count' }, value);
}

/** The item's own fields as the edit form holds them. */
function valuesOf(item: ImprovementItem): Record<string, string> {
  return {
    owner: item.owner ?? '',
    expectedBenefit: item.expectedBenefit ?? '',
    indicatorId: item.indicatorId ?? '',
    baseline: item.baseline === undefined ? '' : String(item.baseline),
    target: item.target === undefined ? '' : String(item.target),
    dueDate: item.dueDate ?? '',
  };
}

const numberOrNull = (field: string, text: string | undefined) => {
  if (text === undefined) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`${field} must be a number`);
  return value;
};

/**
 * An improvement item's fields (§10.2.2): state, source (linked to where
 * the lesson was written), owner, services, expected benefit, the
 * indicator with its baseline and target, due date and, once closed, the
 * outcome; with an edit for those who work it while it is proposed (once
 * approved, its approval covers these fields until it is resubmitted).
 */
export function ImprovementDetailsCard(props: {
  item: ImprovementItem;
  onChanged: (item: ImprovementItem) => void;
}) {
  const { item } = props;
  const itsmApi = useApi(itsmApiRef);
  const [editing, setEditing] = useState(false);
  // Once approved, these fields are what the approval covers: they change
  // only after the item is resubmitted for approval (a 409 otherwise).
  const approved = item.approval?.status === 'approved';
  const open = (improvementWorkflow.editableStates ?? []).includes(
    item.state as never,
  );
  const editable = item.allowed?.update && !approved && open;
  const indicator = item.indicatorId
    ? indicatorDefinition(item.indicatorId)
    : undefined;
  return (
    <InfoCard
      title="Improvement item"
      action={
        editable ? (
          <Button size="small" onClick={() => setEditing(true)}>
            Edit
          </Button>
        ) : undefined
      }
    >
      <StructuredMetadataTable
        metadata={{
          state: stateLabel('improvement', item.state),
          source: (
            <ImprovementSourceText
              source={item.source}
              sourceRef={item.sourceRef}
            />
          ),
          owner: item.owner ? <EntityName entityRef={item.owner} /> : '—',
          services: item.entityRefs.length ? (
            <EntityNames entityRefs={item.entityRefs} />
          ) : (
            'The whole portal'
          ),
          'expected benefit': item.expectedBenefit || '—',
          indicator: indicator
            ? `${indicator.name} (${indicator.section})`
            : '—',
          'baseline → target': indicator
            ? `${formatFigure(
                item.baseline,
                item.indicatorId,
              )} → ${formatFigure(item.target, item.indicatorId)}`
            : '—',
          due: day(item.dueDate),
          ...(item.outcome
            ? { outcome: improvementOutcomeLabels[item.outcome] }
            : {}),
          description: item.description || '—',
        }}
      />
      {approved && open && (
        <Typography variant="body2" color="textSecondary">
          Its approval covers its {coveredLabels}: to change them, resubmit it
          for approval, with the reason.
        </Typography>
      )}
      {editing && (
        <FormDialog
          title={`Edit ${item.ref}`}
          description="Naming another indicator without a baseline takes its figure of the last complete month; an emptied field is cleared."
          submitLabel="Save"
          fields={[
            {
              name: 'owner',
              label: 'Owner',
              kind: 'entity',
              entityKinds: ['group', 'user'],
              required: true,
            },
            {
              name: 'expectedBenefit',
              label: 'Expected benefit',
              kind: 'text',
            },
            {
              name: 'indicatorId',
              label: 'Indicator it should move',
              kind: 'select',
              choices: indicatorChoices,
            },
            { name: 'baseline', label: 'Baseline', kind: 'text' },
            { name: 'target', label: 'Target figure', kind: 'text' },
            {
              name: 'dueDate',
              label: 'Due date',
              kind: 'text',
              helperText: 'YYYY-MM-DD',
            },
          ]}
          initialValues={valuesOf(item)}
          onClose={() => setEditing(false)}
          onSubmit={async values => {
            const indicatorId = values.indicatorId ?? null;
            const sameIndicator = indicatorId === (item.indicatorId ?? null);
            // The old indicator's baseline left in the form is not the new one's.
            const baselineRetyped =
              values.baseline !== undefined &&
              values.baseline !== valuesOf(item).baseline;
            const updated = await itsmApi.updateImprovementRecord(
              'improvement',
              item.ref,
              {
                version: item.version,
                owner: values.owner,
                expectedBenefit: values.expectedBenefit ?? null,
                indicatorId,
                // A new indicator takes its own baseline unless one is given.
                ...(indicatorId && (sameIndicator || baselineRetyped)
                  ? { baseline: numberOrNull('baseline', values.baseline) }
                  : {}),
                ...(indicatorId
                  ? { target: numberOrNull('target', values.target) }
                  : {}),
                dueDate: values.dueDate ?? null,
              },
            );
            setEditing(false);
            props.onChanged(updated);
          }}
        />
      )}
    </InfoCard>
  );
}
