import { PlannedChange, StoredRecord } from '../../core/model/recordModel';
import { CreateRecordInput } from '../../core/domain/createRecordInput';
import { ChangeIntakeInput } from './planChangeIntake';

/** What the caller asks for: carry a change, or raise a new one. */
export type ChangeRequestInput = {
  /** The record's version the request was based on. */
  version: number;
  /** An open change to carry, e.g. `CHG-12`; without it, one is raised. */
  change?: string;
  /** The type of the change raised (default `system`). */
  changeType?: string;
} & Pick<
  ChangeIntakeInput,
  'window' | 'risk' | 'plan' | 'testPlan' | 'backoutPlan'
>;

/**
 * The rules of one record type that carries a change request: when it may
 * take one on, the change it raises for itself, and its own edit that
 * records the change it carries.
 */
export type ChangeRequestRules = {
  /** A 409 unless the record may still take on a change request. */
  requireNoChangeRequest(record: StoredRecord): void;
  /**
   * What makes a raised change request the only one (default: one per
   * record, ever); a problem whose change failed may raise another.
   */
  raiseKey?(record: StoredRecord): string;
  /** The change request the record raises from its own plan. */
  planRaise(record: StoredRecord, input: ChangeRequestInput): CreateRecordInput;
  /** The record's edit that makes it carry the change (checks again). */
  planCarry(options: {
    record: StoredRecord;
    changeRef: string;
    actor: string;
  }): PlannedChange;
};
