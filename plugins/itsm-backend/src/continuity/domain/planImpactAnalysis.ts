import {
  ImpactRating,
  impactCategoryLabels,
  maximumTolerableDowntime,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { FieldChange } from '../../core/domain/diffRecord';
import { minutesInWords as minutesIn } from './minutesInWords';

/** The most business processes an analysis names. */
export const MAX_BUSINESS_PROCESSES = 50;

/** An analysis's own fields as a client sends them (create or edit). */
export type ImpactAnalysisInput = {
  businessProcesses?: string[];
  impacts?: ImpactRating[];
  /** null clears it. */
  rtoMinutes?: number | null;
  rpoMinutes?: number | null;
};

/** An analysis's own fields as the record keeps them. */
export type ImpactAnalysisFields = {
  /** The points it is rated at, from configuration when it was started. */
  impactIntervals: number[];
  businessProcesses: string[];
  impacts: ImpactRating[];
  rtoMinutes?: number;
  rpoMinutes?: number;
  mtpdMinutes?: number;
};

function checkMinutes(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new InputError(
      `${field} must be a whole number of minutes, 0 or more`,
    );
  }
  return value;
}

function checkProcesses(processes: unknown): string[] {
  if (!Array.isArray(processes)) {
    throw new InputError('businessProcesses must be a list of texts');
  }
  if (processes.length > MAX_BUSINESS_PROCESSES) {
    throw new InputError(
      `businessProcesses has at most ${MAX_BUSINESS_PROCESSES} entries`,
    );
  }
  const seen = new Set<string>();
  return processes.flatMap((p, i) => {
    const text = typeof p === 'string' ? p.trim() : '';
    if (!text)
      throw new InputError(`businessProcesses[${i}] must not be blank`);
    const key = text.toLocaleLowerCase('en-US');
    if (seen.has(key)) return [];
    seen.add(key);
    return [text];
  });
}

function checkImpacts(impacts: unknown, intervals: number[]): ImpactRating[] {
  if (!Array.isArray(impacts)) {
    throw new InputError('impacts must be a list of ratings');
  }
  const cells = new Set<string>();
  return impacts.map((cell, i) => {
    const { category, afterMinutes, rating } = (cell ?? {}) as ImpactRating;
    if (!Object.hasOwn(impactCategoryLabels, category)) {
      throw new InputError(
        `impacts[${i}].category must be one of ${Object.keys(
          impactCategoryLabels,
        ).join(', ')}`,
      );
    }
    if (!intervals.includes(afterMinutes)) {
      throw new InputError(
        `impacts[${i}].afterMinutes must be one of the rated points ${intervals.join(
          ', ',
        )} (itsm.continuity.impactIntervals)`,
      );
    }
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw new InputError(
        `impacts[${i}].rating must be a whole number from 1 to 5`,
      );
    }
    const key = `${category}@${afterMinutes}`;
    if (cells.has(key)) {
      throw new InputError(
        `impacts[${i}]: ${category} after ${minutesIn(
          afterMinutes,
        )} is rated twice`,
      );
    }
    cells.add(key);
    return { category, afterMinutes, rating };
  });
}

/**
 * An analysis's own fields after a create or an edit (§9.1.3(1)-(3)): the
 * business processes it serves, its impact grid rated at the configured
 * points, the MTPD that follows from the grid (the first point rated 4 or
 * more), and its RTO and RPO. A 400 names the first bad field; an RTO
 * above the MTPD is refused (`rtoMinutes`), whether the RTO or the grid
 * changed. `changes` are what the timeline shows.
 */
export function planImpactAnalysis(
  current: ImpactAnalysisFields,
  input: ImpactAnalysisInput,
): { fields: ImpactAnalysisFields; changes: FieldChange[] } {
  const intervals = current.impactIntervals;
  const next: ImpactAnalysisFields = { ...current };
  if (input.businessProcesses !== undefined) {
    next.businessProcesses = checkProcesses(input.businessProcesses);
  }
  if (input.impacts !== undefined) {
    next.impacts = checkImpacts(input.impacts, intervals);
  }
  for (const field of ['rtoMinutes', 'rpoMinutes'] as const) {
    if (input[field] === undefined) continue;
    const value = checkMinutes(input[field], field);
    if (value === undefined) delete next[field];
    else next[field] = value;
  }
  const mtpd = maximumTolerableDowntime(next.impacts, intervals);
  if (mtpd === undefined) delete next.mtpdMinutes;
  else next.mtpdMinutes = mtpd;
  if (
    next.rtoMinutes !== undefined &&
    mtpd !== undefined &&
    next.rtoMinutes > mtpd
  ) {
    throw new InputError(
      `rtoMinutes (${minutesIn(
        next.rtoMinutes,
      )}) must not exceed the MTPD the impact ratings give (${minutesIn(
        mtpd,
      )}): the service would be restored only after the outage became intolerable`,
    );
  }
  const changes: FieldChange[] = [];
  for (const field of [
    'businessProcesses',
    'impacts',
    'rtoMinutes',
    'rpoMinutes',
    'mtpdMinutes',
  ] as const) {
    const from = current[field] ?? null;
    const to = next[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) {
      changes.push({ field, from, to });
    }
  }
  return { fields: next, changes };
}

/** The fields of a new analysis, rated at the configured points. */
export function emptyImpactAnalysis(
  intervals: readonly number[],
): ImpactAnalysisFields {
  return {
    impactIntervals: [...intervals],
    businessProcesses: [],
    impacts: [],
  };
}

/** The analysis fields a stored record keeps (older or partial ones filled in). */
export function impactAnalysisFieldsOf(
  fields: Record<string, unknown>,
  intervals: readonly number[],
): ImpactAnalysisFields {
  const own = fields as Partial<ImpactAnalysisFields>;
  return {
    impactIntervals: own.impactIntervals ?? [...intervals],
    businessProcesses: own.businessProcesses ?? [],
    impacts: own.impacts ?? [],
    ...(own.rtoMinutes !== undefined ? { rtoMinutes: own.rtoMinutes } : {}),
    ...(own.rpoMinutes !== undefined ? { rpoMinutes: own.rpoMinutes } : {}),
    ...(own.mtpdMinutes !== undefined ? { mtpdMinutes: own.mtpdMinutes } : {}),
  };
}
