import type { Knex } from 'knex';
import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { DatabaseRecordStore } from '../../../core/database/DatabaseRecordStore';
import { StoredRecord } from '../../../core/database/RecordStore';

/** One step of a record's life: its state and the fields its move wrote. */
export type HistoryStep = {
  at: string;
  state: string;
  fields?: Record<string, unknown>;
  /** Whether the state is an end of its workflow (sets the closure time). */
  ends?: boolean;
};

/**
 * Writes records through the record store as their workflows leave them,
 * step by step at given times (the timeline and closure times as a move
 * writes them), for indicator tests that need months of history without
 * walking every approval, package audit and rollout phase.
 */
export async function writeRecordHistory(knex: Knex) {
  const store = await DatabaseRecordStore.create({ knex });
  return async (options: {
    type: RecordType;
    at: string;
    state: string;
    entityRefs: string[];
    owner?: string;
    group?: string;
    window?: { start: string; end: string };
    fields?: Record<string, unknown>;
    steps?: HistoryStep[];
  }): Promise<StoredRecord> => {
    let { record } = await store.createRecord({
      type: options.type,
      title: `A ${options.type}`,
      description: 'written for an indicator test',
      state: options.state,
      priority: 'P3',
      fields: options.fields ?? {},
      entityRefs: options.entityRefs,
      assignmentGroup: options.group,
      reportedBy: 'user:default/rita.release',
      isOpen: true,
      window: options.window,
      createdBy: 'user:default/rita.release',
      entityOwners: options.owner
        ? options.entityRefs.map(entityRef => ({
            entityRef,
            ownerRef: options.owner!,
          }))
        : [],
      now: options.at,
    });
    for (const step of options.steps ?? []) {
      const moved = await store.updateRecord({
        type: options.type,
        id: record.id,
        expectedVersion: record.version,
        set: {
          state: step.state,
          isOpen: !step.ends,
          fields: { ...record.fields, ...step.fields },
          ...(step.ends ? { closedAt: step.at } : {}),
        },
        event: {
          kind: 'transition',
          actor: 'user:default/rita.release',
          data: { from: record.state, to: step.state },
        },
        now: step.at,
      });
      if (!moved) throw new Error(`could not move ${record.ref}`);
      record = moved;
    }
    return record;
  };
}
