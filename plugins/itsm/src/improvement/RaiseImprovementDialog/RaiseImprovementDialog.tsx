import { useState } from 'react';
import Button from '@material-ui/core/Button';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import {
  ImprovementItem,
  ImprovementSource,
  indicatorCatalogue,
  improvementSourceLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { FormDialog, FormField } from '../../components/FormDialog';

/** The indicators of the catalogue by name, for the picker. */
const indicatorChoices = Object.fromEntries(
  indicatorCatalogue.map(d => [d.id, `${d.name} (${d.section})`]),
);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a lesson gives the dialog: where it came from and what it says. */
export type RaiseImprovementProps = {
  /** Where the lesson was written; fixed in the dialog. */
  source: ImprovementSource;
  /** The record (`INC-4`, `EX-2`), indicator or survey it came from. */
  sourceRef?: string;
  /** A first title, e.g. "Follow-up of INC-4". */
  title?: string;
  /** The lesson, prefilled as the description. */
  description?: string;
  /** The services the lesson is about. */
  entityRefs?: string[];
  /** A first owner (a group or user ref). */
  owner?: string;
  /** A first indicator the improvement should move. */
  indicatorId?: string;
  /** A first due date, YYYY-MM-DD. */
  dueDate?: string;
};

/**
 * Raises an improvement item from a lesson (§10.2.2): its title,
 * description (the lesson), owner, the indicator it should move with the
 * target figure, and due date; its source is the record it came from and
 * cannot be changed here. The item is proposed and waits for a lead or
 * manager who did not propose it.
 */
export function RaiseImprovementDialog(
  props: RaiseImprovementProps & {
    onClose: () => void;
    onRaised: (item: ImprovementItem) => void;
  },
) {
  const itsmApi = useApi(itsmApiRef);
  const fields: FormField[] = [
    { name: 'title', label: 'Title', kind: 'text', required: true },
    { name: 'description', label: 'What to improve', kind: 'multiline' },
    {
      name: 'expectedBenefit',
      label: 'Expected benefit',
      kind: 'text',
    },
    {
      name: 'owner',
      label: 'Owner',
      kind: 'entity',
      entityKinds: ['group', 'user'],
      helperText: 'Answerable for it; the first service owner when empty',
    },
    {
      name: 'indicatorId',
      label: 'Indicator it should move',
      kind: 'select',
      choices: indicatorChoices,
    },
    {
      name: 'target',
      label: 'Target figure',
      kind: 'text',
      helperText: 'The figure the indicator should reach',
    },
    {
      name: 'dueDate',
      label: 'Due date',
      kind: 'text',
      helperText: 'YYYY-MM-DD',
    },
  ];
  return (
    <FormDialog
      title="Raise an improvement"
      description={`From: ${improvementSourceLabels[props.source]}${
        props.sourceRef ? ` ${props.sourceRef}` : ''
      }. A lead or manager who did not raise it approves it.`}
      submitLabel="Propose"
      fields={fields}
      initialValues={{
        title: props.title ?? '',
        description: props.description ?? '',
        owner: props.owner ?? '',
        indicatorId: props.indicatorId ?? '',
        dueDate: props.dueDate ?? '',
      }}
      onClose={props.onClose}
      onSubmit={async values => {
        const target =
          values.target === undefined ? undefined : Number(values.target);
        if (target !== undefined && !Number.isFinite(target)) {
          throw new Error('target must be a number');
        }
        if (target !== undefined && !values.indicatorId) {
          throw new Error('target needs the indicator it is a figure of');
        }
        if (values.dueDate && !DATE.test(values.dueDate)) {
          throw new Error('dueDate must be a date, YYYY-MM-DD');
        }
        const item = await itsmApi.createImprovementRecord('improvement', {
          title: values.title,
          description: values.description ?? '',
          entityRefs: props.entityRefs ?? [],
          source: props.source,
          ...(props.sourceRef ? { sourceRef: props.sourceRef } : {}),
          ...(values.owner ? { owner: values.owner } : {}),
          ...(values.expectedBenefit
            ? { expectedBenefit: values.expectedBenefit }
            : {}),
          ...(values.indicatorId ? { indicatorId: values.indicatorId } : {}),
          ...(target !== undefined ? { target } : {}),
          ...(values.dueDate ? { dueDate: values.dueDate } : {}),
        });
        props.onRaised(item);
      }}
    />
  );
}

/**
 * A "Raise an improvement" button that opens {@link RaiseImprovementDialog}
 * and tells where the new item is: placed where lessons are written (a
 * post-incident review, a change review, an SLA review, a drill's
 * findings, a problem, survey feedback).
 */
export function RaiseImprovementButton(
  props: RaiseImprovementProps & {
    size?: 'small' | 'medium';
    onRaised?: (item: ImprovementItem) => void;
  },
) {
  const [open, setOpen] = useState(false);
  const alertApi = useApi(alertApiRef);
  const { size = 'small', onRaised, ...raise } = props;
  return (
    <>
      <Button size={size} variant="outlined" onClick={() => setOpen(true)}>
        Raise an improvement
      </Button>
      {open && (
        <RaiseImprovementDialog
          {...raise}
          onClose={() => setOpen(false)}
          onRaised={item => {
            setOpen(false);
            alertApi.post({
              message: `${item.ref} proposed: it waits for approval in the improvement register`,
              severity: 'success',
              display: 'transient',
            });
            onRaised?.(item);
          }}
        />
      )}
    </>
  );
}
