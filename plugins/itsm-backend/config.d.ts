export interface Config {
  /** Configuration of the ITSM plugins. */
  itsm?: {
    /**
     * How often the owners of affected entities are refreshed from the
     * catalog, for the "owner of an affected entity" permission rule.
     * Defaults to every 10 minutes.
     */
    entityOwnerSync?: {
      frequency?: import('@backstage/types').HumanDuration;
    };
    incidents?: {
      /**
       * How long a resolved incident waits for its reporter to confirm the
       * resolution before a scheduled task closes it (one replica at a
       * time, every 15 minutes). Default 5 days.
       */
      autoCloseAfter?: import('@backstage/types').HumanDuration;
      /**
       * Users or groups (entity refs) told when an incident becomes P1,
       * e.g. `group:default/it-operations`.
       */
      majorIncidentRecipients?: string[];
    };
    escalation?: {
      /**
       * Who approves raising the priority of a group's incidents, before
       * the catalog's `itsm/lead` annotations (of the group, then of its
       * parents) are asked.
       */
      leads?: Array<{
        /** The group, e.g. `group:default/payments-team`. */
        group: string;
        /** Its lead, e.g. `user:default/paula.lead`. */
        lead: string;
      }>;
    };

    /**
     * How monitoring alerts (Alertmanager's webhook at
     * `/api/itsm/intake/alertmanager`) become incidents.
     */
    alerts?: {
      /** The alert label that says how severe an alert is. Default `severity`. */
      severityLabel?: string;
      /**
       * Priority (P1-P4) by value of the severity label, case-insensitive.
       * Adds to the default: critical P1, error and high P2, warning P3,
       * info P4.
       */
      severityPriority?: { [severity: string]: string };
      /** The priority of a severity not in `severityPriority`. Default P3. */
      defaultPriority?: string;
      /**
       * The alert label whose value is the ref of the catalog entity the
       * alert concerns, e.g. `component:default/checkout-service`. Default
       * `backstage_entity`.
       */
      entityLabel?: string;
    };

    /** The catalog as configuration management database (CMDB). */
    cmdb?: {
      /**
       * Which kinds of entity are configuration items. Default Component,
       * Resource, API, System and Domain.
       */
      kinds?: string[];
      /**
       * How often the catalog is looked at for changes to configuration
       * items (one replica at a time). Default every 5 minutes.
       */
      historyFrequency?: import('@backstage/types').HumanDuration;
      /**
       * How long one caller's impact analyses reuse the catalog entities
       * they just read (per caller, as the catalog lets each see them).
       * Default 30 seconds; `{ seconds: 0 }` reads everything every time.
       */
      impactCache?: import('@backstage/types').HumanDuration | string;
      /**
       * Class mapping rules (§6.1.4), applied in order before the built-in
       * ones: entities of `kind` (and `type`, when given) are of `class`
       * (hardware, software, document, service or other), with `subclass`
       * (by default their type). An entity's `itsm/ci-class` annotation
       * (e.g. `hardware/server`) wins over every rule.
       */
      classes?: Array<{
        kind: string;
        type?: string;
        class: 'hardware' | 'software' | 'document' | 'service' | 'other';
        subclass?: string;
      }>;
    };

    /**
     * Service level agreements (chapter 8): business calendars, the
     * agreements with their scope and objectives per priority, and the
     * default. See docs/service-levels.md.
     */
    sla?: {
      /** Business calendars; `24x7` exists without being listed. */
      calendars?: Array<{
        id: string;
        /** An IANA time zone, e.g. Europe/Berlin. */
        timeZone: string;
        /** Working hours per weekday (monday ... sunday), e.g. `09:00-17:00` or `09:00-12:00, 13:00-17:00`. */
        hours: { [weekday: string]: string };
        /** Local dates off, e.g. 2026-12-25. */
        holidays?: string[];
      }>;
      agreements?: Array<{
        id: string;
        name?: string;
        /** The calendar its objectives count in unless they name one; default 24x7. */
        calendar?: string;
        /** Entities it covers (refs; kind defaults to component). */
        entities?: string[];
        /** Systems whose parts it covers. */
        systems?: string[];
        /** Incident categories it covers. */
        categories?: string[];
        /**
         * Objectives per priority (P1 ... P4): `response` (accepted or first
         * agent reply) and `restore` (resolved) as durations such as `15m`,
         * `4h`, `2d`, and the `calendar` they count in.
         */
        objectives: {
          [priority: string]: {
            response?: string | import('@backstage/types').HumanDuration;
            restore?: string | import('@backstage/types').HumanDuration;
            calendar?: string;
          };
        };
        /** The least share of satisfied ratings, in percent. */
        satisfaction?: number;
      }>;
      /** The agreement for incidents no other one covers. */
      default?: string;
      /**
       * What a breach does to the incident: `raise-tier` (the default:
       * L1 to L2 to L3 within its group), `reassign` (to `group`) or `none`.
       */
      onBreach?: { action: 'raise-tier' | 'reassign' | 'none'; group?: string };
      /** How often the breach scan runs, on one replica at a time. Default every minute. */
      scanFrequency?: string | import('@backstage/types').HumanDuration;
    };

    /** How problems are worked (chapter 4). */
    problems?: {
      /**
       * Who approves solutions; without it, the lead of the group that
       * investigates the problem.
       */
      approvers?: {
        group: string;
        rule?: 'all' | 'any' | 'quorum';
        quorum?: number;
      };
      /**
       * Proactive detection (§4.1): suggests a problem when `threshold`
       * incidents (default 3) on one entity or of one category arrive
       * within `window` (default 24 hours), checked every `frequency`
       * (default 10 minutes), once across replicas.
       */
      detection?: {
        /** Default true. */
        enabled?: boolean;
        threshold?: number;
        window?: import('@backstage/types').HumanDuration | string;
        /** What the incidents must share; default both. */
        basis?: Array<'entity' | 'category'>;
        frequency?: import('@backstage/types').HumanDuration | string;
      };
    };

    /** How releases are planned and rolled out (chapter 7). */
    releases?: {
      /** The group that works releases; default `group:default/release-managers`. */
      managerGroup?: string;
      /**
       * How entities number releases unless their `itsm/version-scheme`
       * annotation says otherwise: `semver` (default) or `calver`.
       */
      versionScheme?: 'semver' | 'calver';
      /** The rollout phases of a release that names none; default canary, 50%, 100%. */
      phases?: string[];
    };

    /** How changes are requested, worked and approved (chapter 5). */
    changes?: {
      /**
       * The group that works changes: accepts or rejects them, assesses
       * them and asks for approval. Default group:default/change-managers.
       */
      managerGroup?: string;
      /**
       * The Change Advisory Board, asked to approve medium and high risk
       * changes (and those whose entities have no owner). Its members are
       * the group's members; `rule` is all, any or quorum (with `quorum`
       * approvals). Without it, the owners alone approve.
       */
      cab?: { group: string; rule?: 'all' | 'any' | 'quorum'; quorum?: number };
      /** The emergency CAB, which alone approves emergency changes. Default rule any. */
      emergencyCab?: {
        group: string;
        rule?: 'all' | 'any' | 'quorum';
        quorum?: number;
      };
      /** Whether every owner of the affected entities must approve, or any one. Default all. */
      ownerApproval?: 'all' | 'any';
      /**
       * How long after a change's window an incident opened on its
       * entities is still suggested as possibly caused by it. Default 24
       * hours.
       */
      incidentCorrelation?: import('@backstage/types').HumanDuration;
      /** How long acceptance (§5.2.2) may take after submission. Default 2 days. */
      acceptanceDeadline?: import('@backstage/types').HumanDuration;
      /**
       * Freeze windows: no changes then (unless overridden with a
       * justification). Once (`start`, `end`) or recurring (`start` as the
       * first occurrence, `duration`, `rrule` an iCalendar RRULE such as
       * `FREQ=WEEKLY;BYDAY=FR`); for `entities` (or systems) only, or for
       * everything. Entities add their own with the `itsm/freeze-windows`
       * annotation.
       */
      freezes?: Array<{
        name: string;
        start: string;
        end?: string;
        duration?: import('@backstage/types').HumanDuration | string;
        rrule?: string;
        entities?: string[];
      }>;
      /**
       * Maintenance windows: when changes should happen, in the same form
       * as `freezes` (and the `itsm/maintenance-windows` annotation). A
       * change outside every maintenance window of an entity that has
       * some is flagged.
       */
      maintenanceWindows?: Array<{
        name: string;
        start: string;
        end?: string;
        duration?: import('@backstage/types').HumanDuration | string;
        rrule?: string;
        entities?: string[];
      }>;
      /** The catalog of standard (pre-approved) changes. */
      standardChanges?: Array<{
        id: string;
        title: string;
        description: string;
        changeType?: 'system' | 'business' | 'management' | 'emergency';
        /** The implementation steps, in order. */
        plan: string[];
        backoutPlan: string;
        testPlan: string;
      }>;
    };

    /**
     * The risk questionnaire of changes and releases. A yes/no question
     * adds its `weight` when answered yes; a question with `options` adds
     * the chosen option's weight. The score's level is medium from
     * `thresholds.medium` and high from `thresholds.high`.
     */
    risk?: {
      questions: Array<{
        id: string;
        text: string;
        weight?: number;
        options?: Array<{ value: string; label?: string; weight: number }>;
      }>;
      thresholds: { medium: number; high: number };
    };

    /** Continual improvement (chapter 10). */
    improvement?: {
      /**
       * The group that runs continual improvement (a group entity ref): its
       * members approve improvement items beside the holders of
       * itsm.improvement.manage, and it owns the items that indicators
       * missing their targets suggest (without it, none are suggested).
       */
      managementGroup?: string;
      /**
       * Months an improvement item's effect is measured over, from the
       * month work on it started (§10.3.2). Default 3.
       */
      evaluationMonths?: number;
      /**
       * Consecutive months an indicator's portal figure must miss its
       * target before it suggests an improvement item. Default 3.
       */
      suggestAfterPeriods?: number;
      /**
       * How often the indicators are read for suggestions (once across
       * replicas). Default 6 hours.
       */
      suggestionFrequency?: import('@backstage/types').HumanDuration | string;
      /** The monthly reports (§2.1.2(5), §6.3.3, §8.3). */
      reports?: {
        /**
         * The users and groups told of each new monthly report through
         * notifications, e.g. group:default/it-management. Default none.
         */
        recipients?: string[];
        /**
         * How often the scheduled run looks for last month's reports to
         * write (once across replicas; each is written once). Default 6 hours.
         */
        frequency?: import('@backstage/types').HumanDuration | string;
      };
      /** Satisfaction surveys (§2.3.5, docs/improvement.md). */
      surveys?: {
        /**
         * An overall rating at or below this (default 2) is followed up:
         * the incident's assignment group is told and the incident gets a
         * work note.
         */
        lowScore?: number;
        /**
         * How often the sending task looks for closed incidents and
         * periodic surveys due (one replica at a time). Default 15 minutes.
         */
        frequency?: string | import('@backstage/types').HumanDuration;
        /** The surveys. */
        definitions?: Array<{
          /** Lower-case letters, digits and dashes. */
          id: string;
          title: string;
          /**
           * `after-closure`: to an incident's reporter (a user) once it is
           * closed; `periodic`: monthly to the consumers of `services`.
           */
          kind: 'after-closure' | 'periodic';
          questions: Array<{
            id: string;
            text: string;
            /** A rating 1-5, yes or no, or free text. */
            scale: 'rating' | 'yes-no' | 'text';
            /** Default true for rating and yes/no, false for text. */
            required?: boolean;
          }>;
          /** The rating question that is the overall rating; default the first rating. */
          overallQuestion?: string;
          /** The share asked, 0..1, by a hash of the incident. Default 1. */
          samplingRate?: number;
          /** At most one invitation per person per this many days. Default 30. */
          onePerPersonPer?: number;
          /** Periodic: the services (entity refs) whose consumers are asked. */
          services?: string[];
          /** Periodic: groups whose members are asked too. */
          groups?: string[];
          /** Periodic: `monthly`. */
          schedule?: 'monthly';
        }>;
      };
      /**
       * How long a KPI figure computed now (the running month, a past month
       * without its snapshot) is answered again from memory, per replica;
       * for as long again it is answered as it was while it is computed
       * anew in the background. Default 1 minute; `0s` computes every time.
       */
      figureCache?: import('@backstage/types').HumanDuration | string;
      /**
       * The indicators' targets (§10.1.2), by indicator id (the catalogue
       * of itsm-common, docs/improvement.md): the portal-wide `target`
       * with its `warning` and `critical` thresholds, and `groups` and
       * `services` of entity ref → the same for one group or service. A
       * service's `itsm.io/kpi-targets` annotation wins over all of them.
       */
      targets?: {
        [indicatorId: string]: {
          target?: number;
          warning?: number;
          critical?: number;
          groups?: {
            [groupRef: string]: {
              target: number;
              warning?: number;
              critical?: number;
            };
          };
          services?: {
            [entityRef: string]: {
              target: number;
              warning?: number;
              critical?: number;
            };
          };
        };
      };
      /**
       * Writes six months of demo history (incidents, changes, problems,
       * releases) on first start, once across replicas, where no incident
       * is older than a week (docs/improvement.md, "Demo history"). For
       * demo portals; default false.
       */
      demoHistory?: boolean;
    };

    /** IT service continuity (chapter 9). */
    continuity?: {
      /**
       * The group of continuity managers (a group entity ref): they
       * approve continuity plans beside each plan's owner (§9.2); without
       * it no plan can be submitted.
       */
      managersGroup?: string;
      /**
       * The points after an outage starts at which a business impact
       * analysis rates impact, in minutes, ascending. Default 60, 240,
       * 1440, 4320, 10080 (1 h, 4 h, 1 d, 3 d, 1 w).
       */
      impactIntervals?: number[];
      /**
       * How long an approved business impact analysis holds before its
       * review is due (its owner is reminded). Default 12 months.
       */
      reviewInterval?: import('@backstage/types').HumanDuration | string;
      /**
       * The MTPD (minutes) at or below which an analysed service counts as
       * critical in the coverage report. Default 1440 (one day).
       */
      criticalMtpdMinutes?: number;
      /**
       * Writes the demo's continuity records for the payments platform on
       * first start (risks, analyses, an approved plan, a past drill), once
       * across replicas and only when no continuity record exists. For
       * demo portals; default false.
       */
      demoData?: boolean;
      /**
       * How long the catalog's dependency graph read for a caller's
       * coverage report answers again (its checks of one entity too).
       * Default 30 seconds; `{ seconds: 0 }` reads it every time.
       */
      graphCache?: import('@backstage/types').HumanDuration | string;
      /**
       * The risk matrix (§9.1.3(2)): five rows, likelihood 1 to 5, of five
       * levels (low, medium, high or critical), impact 1 to 5. Default: by
       * the product of likelihood and impact, up to 4 low, 5 to 9 medium,
       * 10 to 14 high, 15 and more critical.
       */
      riskMatrix?: string[][];
      /** The currency of risks' loss amounts (ISO 4217). Default EUR. */
      currency?: string;
      /**
       * The group the risk assessment reports (§9.1.3(5)) are sent to,
       * e.g. group:default/it-management; its members read the reports.
       */
      managementGroup?: string;
      /**
       * How often overdue risk reviews and treatments are looked for
       * (e.g. 1h). Default 1 hour.
       */
      riskReminderFrequency?: string | import('@backstage/types').HumanDuration;
    };

    /** How inbound mail (`/api/itsm/intake/email`) becomes incidents. */
    email?: {
      /** The priority of an incident opened by mail. Default P3. */
      defaultPriority?: string;
      /**
       * The authserv-ids of the receiving mail servers (e.g.
       * mx.example.com) whose Authentication-Results headers verify a
       * sender. None by default: every sender is unverified, so mail never
       * names a reporter and replies never comment.
       */
      trustedAuthServIds?: string[];
    };
  };
}
