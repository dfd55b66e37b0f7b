/**
 * A new record as a caller gives it: the core fields every record has, and
 * the fields its type's process reads at intake. The core reads only its
 * own; each process's IntakePlanner (registered in wiring/) names and
 * checks the rest, so the core needs to know no process's fields.
 */
export type CreateRecordInput = {
  title: string;
  description: string;
  entityRefs: string[];
  /** Entity ref of the user it is reported by or for (a caller). */
  reportedBy?: string;
  /** Incidents to link the new record to (a problem opened from them). */
  incidents?: string[];
  /** The fields of the record's type, for its process to read. */
  [field: string]: unknown;
};
