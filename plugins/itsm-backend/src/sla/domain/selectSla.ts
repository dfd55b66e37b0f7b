import { Priority, SlaClockKind } from '@backstage-itsm/plugin-itsm-common';
import { HumanDuration } from '@backstage/types';
import { BusinessCalendar } from './businessTime';
import type { BreachEscalation } from './planBreachEscalation';

/** The targets of one priority: minutes of working time per clock. */
export type SlaObjective = Partial<Record<SlaClockKind, number>> & {
  /** The calendar these targets count in (P1 may run 24x7). */
  calendar: BusinessCalendar;
};

/**
 * A service level agreement (§8.2): what it covers, its objectives per
 * priority (§8.1), and the satisfaction it promises.
 */
export type SlaAgreement = {
  id: string;
  name: string;
  entityRefs: string[];
  systemRefs: string[];
  categories: string[];
  objectives: Partial<Record<Priority, SlaObjective>>;
  /** The least share of satisfied ratings, in percent. */
  satisfactionTarget?: number;
};

/** The agreements, how they are chosen, and the calendars they count in. */
export type SlaSettings = {
  agreements: SlaAgreement[];
  /** The business calendars by id, `24x7` among them. */
  calendars: ReadonlyMap<string, BusinessCalendar>;
  /** The agreement for what no other one covers; none when absent. */
  defaultAgreement?: string;
  /** What a breach does to the incident. */
  onBreach: BreachEscalation;
  /** How often the breach scan runs (default every minute). */
  scanFrequency?: HumanDuration;
};

/** Why an agreement applies to an incident. */
export type SlaMatch =
  | 'annotation'
  | 'entity'
  | 'system'
  | 'category'
  | 'default';

/** What an incident is judged by: its first entity, its system, its category. */
export type SlaSubject = {
  /** The first affected entity's `itsm/sla` annotation, if any. */
  annotation?: string;
  entityRef?: string;
  systemRef?: string;
  category?: string;
};

/**
 * The agreement an incident falls under, by the most specific rule
 * (docs/service-levels.md): the agreement its first entity names in its
 * `itsm/sla` annotation; else one covering that entity; else one covering
 * the entity's system; else one covering the incident's category; else
 * the default. Among agreements of one rule, the first configured wins.
 */
export function selectSla(
  settings: SlaSettings,
  subject: SlaSubject,
): { agreement: SlaAgreement; match: SlaMatch } | undefined {
  const byId = (id?: string) =>
    id === undefined
      ? undefined
      : settings.agreements.find(agreement => agreement.id === id);
  const rules: [SlaMatch, () => SlaAgreement | undefined][] = [
    ['annotation', () => byId(subject.annotation)],
    [
      'entity',
      () =>
        settings.agreements.find(
          a => subject.entityRef && a.entityRefs.includes(subject.entityRef),
        ),
    ],
    [
      'system',
      () =>
        settings.agreements.find(
          a => subject.systemRef && a.systemRefs.includes(subject.systemRef),
        ),
    ],
    [
      'category',
      () =>
        settings.agreements.find(
          a => subject.category && a.categories.includes(subject.category),
        ),
    ],
    ['default', () => byId(settings.defaultAgreement)],
  ];
  for (const [match, find] of rules) {
    const agreement = find();
    if (agreement) return { agreement, match };
  }
  return undefined;
}
