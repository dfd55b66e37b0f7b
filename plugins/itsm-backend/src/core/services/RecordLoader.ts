import {
  formatRecordRef,
  parseRecordRef,
  RecordType,
  WorkflowDefinition,
  workflows,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  RecordCriteria,
  RecordStore,
  StoredRecord,
} from '../database/RecordStore';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The workflow of a record type; 404 for a type without one yet. */
export function workflowOf(type: RecordType): WorkflowDefinition {
  const workflow = workflows[type];
  if (!workflow) {
    throw new NotFoundError(`There are no ${type} records yet`);
  }
  return workflow;
}

/**
 * Finds records by internal id or human id (`INC-12`) under the caller's
 * permission criteria: 404 when there is no such record, 403 when there is
 * one the caller may not see or change.
 */
export class RecordLoader {
  constructor(private readonly store: RecordStore) {}

  /** A record the caller may read. */
  async load(
    type: RecordType,
    idOrRef: string,
    filter?: RecordCriteria,
  ): Promise<StoredRecord> {
    workflowOf(type);
    const number = parseRecordRef(type, idOrRef);
    const label =
      number !== undefined ? formatRecordRef(type, number) : idOrRef;
    let key: { number: number } | { id: string };
    if (number !== undefined) {
      key = { number };
    } else if (UUID.test(idOrRef)) {
      key = { id: idOrRef.toLowerCase() };
    } else {
      throw new NotFoundError(`No ${type} ${label}`);
    }
    const record = await this.store.getRecord({ type, ...key, filter });
    if (record) {
      return record;
    }
    if (filter && (await this.store.getRecord({ type, ...key }))) {
      throw new NotAllowedError(`You may not see ${label}`);
    }
    throw new NotFoundError(`No ${type} ${label}`);
  }

  /** A record the caller may read and change (`writeFilter`). */
  async loadForWrite(
    type: RecordType,
    idOrRef: string,
    readFilter?: RecordCriteria,
    writeFilter?: RecordCriteria,
  ): Promise<StoredRecord> {
    const record = await this.load(type, idOrRef, readFilter);
    if (
      writeFilter &&
      !(await this.store.getRecord({
        type,
        id: record.id,
        filter: writeFilter,
      }))
    ) {
      throw new NotAllowedError(`You may not change ${record.ref}`);
    }
    return record;
  }

  /** A readable record of any type (the target of a link); 400 naming `field`. */
  async loadAnyType(
    idOrRef: string,
    field: string,
    filter?: RecordCriteria,
  ): Promise<StoredRecord> {
    for (const type of Object.keys(workflows) as RecordType[]) {
      if (parseRecordRef(type, idOrRef) !== undefined || UUID.test(idOrRef)) {
        try {
          return await this.load(type, idOrRef, filter);
        } catch (error) {
          if (!(error instanceof NotFoundError)) throw error;
        }
      }
    }
    throw new InputError(`${field}: no record ${idOrRef}`);
  }
}
