import { workflows } from '@backstage-itsm/plugin-itsm-common';
import {
  StoredRecord,
  UpdateRecordOptions,
} from '../../core/model/recordModel';
import {
  ApprovalRound,
  approvalOf,
} from '../../core/domain/planApprovalDecision';

type Edit = Pick<UpdateRecordOptions, 'expectedState' | 'set' | 'event'>;

/**
 * An edit of what approvers decided on, made while approval is asked or
 * given, as the start of a new round: the earlier approval is withdrawn,
 * the record waits for approval again (an approved one goes back to
 * awaiting it) and the timeline says so beside the edit.
 */
export function planApprovalRenewal(options: {
  record: StoredRecord;
  edit: Edit;
  /** The new round, derived from the edited content. */
  round: ApprovalRound;
}): Edit {
  const { record, edit, round } = options;
  const previous = approvalOf(record);
  const awaiting = workflows[record.type]?.approval?.awaiting ?? record.state;
  const changes = (edit.event.data.changes ?? []) as unknown[];
  return {
    ...edit,
    set: {
      ...edit.set,
      fields: { ...(edit.set.fields ?? record.fields), approval: round },
      ...(record.state !== awaiting ? { state: awaiting, isOpen: true } : {}),
    },
    event: {
      ...edit.event,
      data: {
        ...edit.event.data,
        changes: [
          ...changes,
          {
            field: 'approval',
            from: `${previous?.status ?? 'none'} (round ${
              previous?.round ?? 0
            })`,
            to: `withdrawn: approval asked again (round ${round.round})`,
          },
        ],
      },
    },
  };
}
