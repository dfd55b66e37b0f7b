import type { ImprovementSource } from '@backstage-itsm/plugin-itsm-common';

/**
 * What a new improvement item may say besides its title, description and
 * entities (§10.2.2): where it came from, who owns it, the benefit
 * expected, the indicator it should move with its baseline and target,
 * and when it is due.
 */
export type ImprovementIntakeInput = {
  owner?: string;
  source?: ImprovementSource;
  /** The record (`PRB-4`, `EX-2`), indicator id or survey it came from. */
  sourceRef?: string;
  expectedBenefit?: string;
  indicatorId?: string;
  baseline?: number;
  target?: number;
  dueDate?: string;
};

/**
 * What a new training session may say (§10.2.3): its owner, the process
 * it trains, when it is held and who is to attend.
 */
export type TrainingIntakeInput = {
  owner?: string;
  process?: string;
  scheduledAt?: string;
  attendees?: string[];
  /** Runbooks and other material, by title and address. */
  materials?: { title: string; url: string }[];
};
