import { useRef } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useNavigate } from 'react-router-dom';
import {
  CreateProblemRequest,
  impactLabels,
  problemCategoryLabels,
  problemSourceLabels,
  urgencyLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useProblemLink } from '../../hooks/useProblemLink';
import { createIdempotencyKey } from '../../lib/createIdempotencyKey';
import { FormDialog } from '../FormDialog';

/** The ways a problem is found that people log by hand (§4.1). */
const sources = Object.fromEntries(
  Object.entries(problemSourceLabels).filter(([key]) => key !== 'proactive'),
);

/** `INC-1, inc-2 INC-3` as refs. */
function incidentRefs(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\s,]+/)
    .map(ref => ref.trim())
    .filter(Boolean);
}

/** What the dialog starts from, e.g. the incident it is opened from. */
export type LogProblemDefaults = {
  title?: string;
  description?: string;
  entityRef?: string;
  incidents?: string[];
};

/**
 * Logs a problem (§4.1): what it is, the entity it concerns, its category,
 * how it was found, impact and urgency (the priority follows the matrix),
 * and the incidents it is opened from, which are linked to it as caused by
 * it. A retried submission makes one problem (idempotency key); then the
 * problem's page opens.
 */
export function LogProblemDialog(props: {
  defaults?: LogProblemDefaults;
  onClose: () => void;
}) {
  const itsmApi = useApi(itsmApiRef);
  const navigate = useNavigate();
  const problemLink = useProblemLink();
  const key = useRef(createIdempotencyKey());
  const { defaults = {} } = props;

  return (
    <FormDialog
      title="Log problem"
      description="A problem is the unknown cause of one or more incidents. Investigating it finds the root cause, a workaround and a fix."
      submitLabel="Log problem"
      initialValues={{
        title: defaults.title ?? '',
        description: defaults.description ?? '',
        entityRef: defaults.entityRef ?? '',
        incidents: (defaults.incidents ?? []).join(', '),
        category: 'software',
        source: defaults.incidents?.length ? 'incidents' : 'manual',
        impact: 'medium',
        urgency: 'medium',
      }}
      fields={[
        { name: 'title', label: 'Title', kind: 'text', required: true },
        {
          name: 'description',
          label: 'Description',
          kind: 'multiline',
          required: true,
          helperText: 'What is seen, since when, and its scope',
        },
        {
          name: 'entityRef',
          label: 'Affected service or resource',
          kind: 'entity',
          entityKinds: ['Component', 'System', 'Resource', 'API'],
          required: true,
        },
        {
          name: 'category',
          label: 'Category',
          kind: 'select',
          choices: problemCategoryLabels,
          required: true,
        },
        {
          name: 'source',
          label: 'Found through',
          kind: 'select',
          choices: sources,
          required: true,
        },
        {
          name: 'impact',
          label: 'Impact',
          kind: 'select',
          choices: impactLabels,
        },
        {
          name: 'urgency',
          label: 'Urgency',
          kind: 'select',
          choices: urgencyLabels,
        },
        {
          name: 'incidents',
          label: 'Incidents',
          kind: 'text',
          helperText: 'The incidents it causes, e.g. INC-3, INC-7',
        },
      ]}
      onClose={props.onClose}
      onSubmit={async values => {
        const incidents = incidentRefs(values.incidents);
        const problem = await itsmApi.createProblem(
          {
            title: values.title,
            description: values.description,
            entityRefs: [values.entityRef],
            category: values.category as CreateProblemRequest['category'],
            source: values.source as CreateProblemRequest['source'],
            impact: values.impact as CreateProblemRequest['impact'],
            urgency: values.urgency as CreateProblemRequest['urgency'],
            ...(incidents.length ? { incidents } : {}),
          },
          { idempotencyKey: key.current },
        );
        props.onClose();
        if (problemLink) navigate(problemLink(problem.ref));
      }}
    />
  );
}
