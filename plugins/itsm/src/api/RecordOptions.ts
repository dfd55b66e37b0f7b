import type {
  CommentVisibility,
  RecordSort,
} from '@backstage-itsm/plugin-itsm-common';

/**
 * Which changes to list, and which page of them.
 *
 * @public
 */
export type ListChangesOptions = {
  /** Only changes that affect this catalog entity. */
  entityRef?: string;
  /** Only changes in one of these workflow states. */
  state?: string[];
  /** Text in the title or description, or a human id such as CHG-12. */
  q?: string;
  sort?: RecordSort;
  limit?: number;
  cursor?: string;
};

/**
 * Which page of an incident's timeline to get.
 *
 * @public
 */
export type GetIncidentTimelineOptions = {
  limit?: number;
  cursor?: string;
};

/**
 * A comment on a record.
 *
 * @public
 */
export type CommentRequest = {
  body: string;
  /** A public reply (the default), or a work note only workers see. */
  visibility?: CommentVisibility;
};
