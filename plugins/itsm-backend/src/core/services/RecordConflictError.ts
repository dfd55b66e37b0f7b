import { stateLabel } from '@backstage-itsm/plugin-itsm-common';
import { ConflictError } from '@backstage/errors';
import { StoredRecord } from '../database/RecordStore';

/**
 * A change lost to a concurrent one: the record is no longer at the version
 * (or in the state) the change was based on. Answered with 409 and the
 * current record, so the client can show it and retry.
 */
export class RecordConflictError extends ConflictError {
  constructor(readonly current: StoredRecord) {
    super(
      `${current.ref} was changed by someone else; it is now at version ${
        current.version
      } (${stateLabel(current.type, current.state)})`,
    );
  }
}
