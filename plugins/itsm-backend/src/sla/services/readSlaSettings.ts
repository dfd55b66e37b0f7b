import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  Priority,
  priorities,
  slaClockKinds,
} from '@backstage-itsm/plugin-itsm-common';
import { DateTime, IANAZone } from 'luxon';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import {
  ALWAYS,
  BusinessCalendar,
  Weekday,
  WorkingPeriod,
} from '../domain/businessTime';
import { BreachEscalation } from '../domain/planBreachEscalation';
import { SlaAgreement, SlaObjective, SlaSettings } from '../domain/selectSla';

const weekdays: Record<string, Weekday> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** `09:00-17:00` (or several, comma-separated) as working periods. */
function readPeriods(text: string, key: string): WorkingPeriod[] {
  return text.split(',').map(part => {
    const match = /^\s*(\d{2}):(\d{2})\s*-\s*(\d{2}):(\d{2})\s*$/.exec(part);
    const start = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
    const end = match ? Number(match[3]) * 60 + Number(match[4]) : NaN;
    if (!match || start >= end || end > 1440 || Number(match[2]) > 59) {
      throw new InputError(
        `${key} must be working hours such as 09:00-17:00 (end after start, at most 24:00), not '${text}'`,
      );
    }
    return { start, end };
  });
}

function readCalendar(config: Config, key: string): BusinessCalendar {
  const id = config.getString('id');
  const timeZone = config.getString('timeZone');
  if (!IANAZone.isValidZone(timeZone)) {
    throw new InputError(`${key}.timeZone '${timeZone}' is not a time zone`);
  }
  const week: BusinessCalendar['week'] = {};
  const hours = config.getOptionalConfig('hours');
  for (const name of hours?.keys() ?? []) {
    const day = weekdays[name];
    if (!day) {
      throw new InputError(
        `${key}.hours.${name} is not a weekday (monday ... sunday)`,
      );
    }
    week[day] = readPeriods(hours!.getString(name), `${key}.hours.${name}`);
  }
  if (!Object.values(week).some(periods => periods?.length)) {
    throw new InputError(`${key}.hours must open on at least one weekday`);
  }
  const holidays = (config.getOptionalStringArray('holidays') ?? []).map(
    (date, i) => {
      if (!DateTime.fromISO(date).isValid || date.length !== 10) {
        throw new InputError(
          `${key}.holidays[${i}] must be a date such as 2026-12-25, not '${date}'`,
        );
      }
      return date;
    },
  );
  return { id, timeZone, week, holidays: new Set(holidays) };
}

function readObjective(
  config: Config,
  key: string,
  calendars: Map<string, BusinessCalendar>,
  fallback: BusinessCalendar,
): SlaObjective {
  const objective: SlaObjective = {
    calendar:
      calendarNamed(
        config.getOptionalString('calendar'),
        `${key}.calendar`,
        calendars,
      ) ?? fallback,
  };
  for (const kind of slaClockKinds) {
    if (!config.has(kind)) continue;
    const d = readDurationFromConfig(config, { key: kind });
    const minutes =
      (d.weeks ?? 0) * 10080 +
      (d.days ?? 0) * 1440 +
      (d.hours ?? 0) * 60 +
      (d.minutes ?? 0) +
      (d.seconds ?? 0) / 60;
    if (!(minutes > 0) || !Number.isInteger(minutes)) {
      throw new InputError(
        `${key}.${kind} must be a duration of whole minutes above zero`,
      );
    }
    objective[kind] = minutes;
  }
  return objective;
}

function calendarNamed(
  id: string | undefined,
  key: string,
  calendars: Map<string, BusinessCalendar>,
): BusinessCalendar | undefined {
  if (id === undefined) return undefined;
  const calendar = calendars.get(id);
  if (!calendar) {
    throw new InputError(
      `${key} names no calendar '${id}' (known: ${[...calendars.keys()].join(
        ', ',
      )})`,
    );
  }
  return calendar;
}

function readAgreement(
  config: Config,
  key: string,
  calendars: Map<string, BusinessCalendar>,
): SlaAgreement {
  const calendar =
    calendarNamed(
      config.getOptionalString('calendar'),
      `${key}.calendar`,
      calendars,
    ) ?? ALWAYS;
  const objectives: SlaAgreement['objectives'] = {};
  const configured = config.getConfig('objectives');
  for (const priority of configured.keys()) {
    if (!priorities.includes(priority as Priority)) {
      throw new InputError(
        `${key}.objectives.${priority} is not a priority (${priorities.join(
          ', ',
        )})`,
      );
    }
    objectives[priority as Priority] = readObjective(
      configured.getConfig(priority),
      `${key}.objectives.${priority}`,
      calendars,
      calendar,
    );
  }
  const satisfaction = config.getOptionalNumber('satisfaction');
  if (
    satisfaction !== undefined &&
    !(satisfaction >= 0 && satisfaction <= 100)
  ) {
    throw new InputError(`${key}.satisfaction must be a percentage (0-100)`);
  }
  return {
    id: config.getString('id'),
    name: config.getOptionalString('name') ?? config.getString('id'),
    entityRefs: (config.getOptionalStringArray('entities') ?? []).map(
      (ref, i) => normalizeEntityRef(ref, `${key}.entities[${i}]`, 'component'),
    ),
    systemRefs: (config.getOptionalStringArray('systems') ?? []).map((ref, i) =>
      normalizeEntityRef(ref, `${key}.systems[${i}]`, 'system'),
    ),
    categories: config.getOptionalStringArray('categories') ?? [],
    objectives,
    ...(satisfaction !== undefined ? { satisfactionTarget: satisfaction } : {}),
  };
}

function readOnBreach(sla: Config | undefined): BreachEscalation {
  const onBreach = sla?.getOptionalConfig('onBreach');
  const action = onBreach?.getOptionalString('action') ?? 'raise-tier';
  if (action === 'raise-tier' || action === 'none') return { action };
  if (action === 'reassign') {
    return {
      action,
      group: normalizeEntityRef(
        onBreach!.getString('group'),
        'itsm.sla.onBreach.group',
        'group',
      ),
    };
  }
  throw new InputError(
    `itsm.sla.onBreach.action must be raise-tier, reassign or none, not '${action}'`,
  );
}

/**
 * Reads the service level agreements, `itsm.sla` (§8.2): the business
 * calendars (time zone, working hours per weekday, holidays), the
 * agreements with their scope, objectives per priority and satisfaction
 * target, the default one, and what a breach does (`onBreach`: raise
 * the tier, the default; reassign to a group; or nothing). `24x7` is a
 * calendar of its own. A bad
 * value fails at startup, naming its key.
 */
export function readSlaSettings(config: Config): SlaSettings {
  const sla = config.getOptionalConfig('itsm.sla');
  const calendars = new Map<string, BusinessCalendar>([[ALWAYS.id, ALWAYS]]);
  (sla?.getOptionalConfigArray('calendars') ?? []).forEach((c, i) => {
    const calendar = readCalendar(c, `itsm.sla.calendars[${i}]`);
    if (calendars.has(calendar.id)) {
      throw new InputError(
        `itsm.sla.calendars[${i}].id '${calendar.id}' is taken`,
      );
    }
    calendars.set(calendar.id, calendar);
  });
  const agreements = (sla?.getOptionalConfigArray('agreements') ?? []).map(
    (a, i) => readAgreement(a, `itsm.sla.agreements[${i}]`, calendars),
  );
  const ids = new Set<string>();
  agreements.forEach((agreement, i) => {
    if (ids.has(agreement.id)) {
      throw new InputError(
        `itsm.sla.agreements[${i}].id '${agreement.id}' is taken`,
      );
    }
    ids.add(agreement.id);
  });
  const defaultAgreement = sla?.getOptionalString('default');
  if (defaultAgreement !== undefined && !ids.has(defaultAgreement)) {
    throw new InputError(
      `itsm.sla.default names no agreement '${defaultAgreement}'`,
    );
  }
  return {
    agreements,
    calendars,
    defaultAgreement,
    onBreach: readOnBreach(sla),
    scanFrequency: sla?.has('scanFrequency')
      ? readDurationFromConfig(sla, { key: 'scanFrequency' })
      : { minutes: 1 },
  };
}
