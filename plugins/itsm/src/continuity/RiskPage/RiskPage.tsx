import { useState } from 'react';
import Button from '@material-ui/core/Button';
import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Risk,
  riskAreaLabels,
  riskImpactLabels,
  riskLikelihoodLabels,
  riskTreatmentLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';
import { FormDialog } from '../../components/FormDialog';
import { ContinuityRecordPage } from '../ContinuityRecordPage';
import {
  assessmentOf,
  assessmentValuesOf,
  formatAmount,
  riskAssessmentFormFields,
  RiskLevelChip,
} from '../RisksTab';

const day = (value?: string) => (
  <DateTime value={value && `${value}T12:00:00Z`} variant="date" />
);

const rating = (value: number | undefined, labels: Record<number, string>) =>
  value ? `${value} ${labels[value]}` : '—';

/** A risk's assessment and treatment, with an edit for those who work it. */
function AssessmentCard(props: {
  risk: Risk;
  onChanged: (risk: Risk) => void;
}) {
  const { risk } = props;
  const itsmApi = useApi(itsmApiRef);
  const [editing, setEditing] = useState(false);
  const amount = (value?: number) =>
    value === undefined ? '—' : formatAmount(value, risk.currency ?? '');
  return (
    <InfoCard
      title="Assessment and treatment"
      action={
        risk.allowed?.update ? (
          <Button size="small" onClick={() => setEditing(true)}>
            Edit
          </Button>
        ) : undefined
      }
    >
      <StructuredMetadataTable
        metadata={{
          level: <RiskLevelChip level={risk.level} />,
          likelihood: rating(risk.likelihood, riskLikelihoodLabels),
          impact: rating(risk.impact, riskImpactLabels),
          'single loss expectancy': amount(risk.singleLossExpectancy),
          'annual rate of occurrence': risk.annualRateOfOccurrence ?? '—',
          'annual loss expectancy': amount(risk.annualLossExpectancy),
          'existing controls': risk.existingControls || '—',
          treatment: risk.treatment ? riskTreatmentLabels[risk.treatment] : '—',
          'treatment owner': risk.treatmentOwner ? (
            <EntityName entityRef={risk.treatmentOwner} />
          ) : (
            '—'
          ),
          'treatment due': day(risk.treatmentDueDate),
          'review date': day(risk.reviewDate),
        }}
      />
      {editing && (
        <FormDialog
          title={`Assess ${risk.ref}`}
          description="The level, the annual loss expectancy and the priority follow; an emptied field is cleared."
          submitLabel="Save"
          fields={riskAssessmentFormFields}
          initialValues={assessmentValuesOf(risk)}
          onClose={() => setEditing(false)}
          onSubmit={async values => {
            const updated = await itsmApi.updateContinuityRecord(
              'risk',
              risk.ref,
              { version: risk.version, ...assessmentOf(values, true) },
            );
            setEditing(false);
            props.onChanged(updated);
          }}
        />
      )}
    </InfoCard>
  );
}

/**
 * One risk's page (§9.1): its threat, area and what it affects, its
 * assessment and treatment (edited in place), its moves and its timeline.
 */
export function RiskPage() {
  return (
    <ContinuityRecordPage
      type="risk"
      fields={risk => ({ area: riskAreaLabels[risk.area] })}
      columns={(risk, { changed: onChanged }) => [
        {
          md: 6,
          cards: <AssessmentCard risk={risk} onChanged={onChanged} />,
        },
      ]}
    />
  );
}
