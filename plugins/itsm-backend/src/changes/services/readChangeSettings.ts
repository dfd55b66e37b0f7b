import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { InputError } from '@backstage/errors';
import {
  ApprovalRule,
  changeTypeLabels,
  defaultRiskQuestionnaire,
  RiskQuestion,
  RiskQuestionnaire,
} from '@backstage-itsm/plugin-itsm-common';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { WindowDefinition } from '../domain/expandWindow';
import {
  parseWindowDefinition,
  RawWindow,
} from '../domain/parseWindowDefinition';
import { ApproverGroupSetting } from '../../core/domain/deriveApprovalGroups';
import {
  ChangeSettings,
  StandardChangeTemplate,
} from '../domain/planChangeIntake';

/** The group that works changes when `itsm.changes.managerGroup` is not set. */
export const DEFAULT_CHANGE_MANAGER_GROUP = 'group:default/change-managers';

function readRule(config: Config, key: string): ApprovalRule {
  const kind = config.getOptionalString('rule') ?? 'any';
  if (kind === 'all' || kind === 'any') return { kind };
  if (kind === 'quorum') {
    const count = config.getNumber('quorum');
    if (!Number.isInteger(count) || count < 1) {
      throw new InputError(`${key}.quorum must be a whole number above 0`);
    }
    return { kind, count };
  }
  throw new InputError(`${key}.rule must be all, any or quorum, not '${kind}'`);
}

/**
 * An approver group setting (`{ group, rule, quorum }`) at `key`; undefined
 * when it is not configured. A bad rule fails naming the key.
 */
export function readApprovers(
  config: Config,
  key: string,
): ApproverGroupSetting | undefined {
  const group = config.getOptionalConfig(key);
  if (!group) return undefined;
  return {
    group: normalizeEntityRef(
      group.getString('group'),
      `${key}.group`,
      'group',
    ),
    rule: readRule(group, key),
  };
}

function readQuestionnaire(config: Config): RiskQuestionnaire {
  const risk = config.getOptionalConfig('itsm.risk');
  if (!risk?.has('questions')) return defaultRiskQuestionnaire;
  const questions = risk
    .getConfigArray('questions')
    .map((q, i): RiskQuestion => {
      const options = q.getOptionalConfigArray('options')?.map(o => ({
        value: o.getString('value'),
        label: o.getOptionalString('label') ?? o.getString('value'),
        weight: o.getNumber('weight'),
      }));
      if (!options && !q.has('weight')) {
        throw new InputError(
          `itsm.risk.questions[${i}] needs a weight or options`,
        );
      }
      return {
        id: q.getString('id'),
        text: q.getString('text'),
        ...(options ? { options } : { weight: q.getNumber('weight') }),
      };
    });
  const thresholds = {
    medium: risk.getNumber('thresholds.medium'),
    high: risk.getNumber('thresholds.high'),
  };
  if (thresholds.high < thresholds.medium) {
    throw new InputError(
      'itsm.risk.thresholds.high must not be below itsm.risk.thresholds.medium',
    );
  }
  return { questions, thresholds };
}

function readTemplates(config: Config): StandardChangeTemplate[] {
  return (
    config.getOptionalConfigArray('itsm.changes.standardChanges') ?? []
  ).map((t, i) => {
    const key = `itsm.changes.standardChanges[${i}]`;
    const changeType = t.getOptionalString('changeType') ?? 'system';
    if (!Object.keys(changeTypeLabels).includes(changeType)) {
      throw new InputError(
        `${key}.changeType must be one of ${Object.keys(changeTypeLabels).join(
          ', ',
        )}`,
      );
    }
    return {
      id: t.getString('id'),
      title: t.getString('title'),
      description: t.getString('description'),
      changeType: changeType as StandardChangeTemplate['changeType'],
      plan: t.getStringArray('plan').map(title => ({ title, done: false })),
      backoutPlan: t.getString('backoutPlan'),
      testPlan: t.getString('testPlan'),
    };
  });
}

function readWindows(config: Config): WindowDefinition[] {
  const kinds = [
    ['freezes', 'freeze'],
    ['maintenanceWindows', 'maintenance'],
  ] as const;
  return kinds.flatMap(([name, kind]) =>
    (config.getOptionalConfigArray(`itsm.changes.${name}`) ?? []).map(
      (window, i) => {
        const key = `itsm.changes.${name}[${i}]`;
        const entityRefs = window
          .getOptionalStringArray('entities')
          ?.map((ref, j) => normalizeEntityRef(ref, `${key}.entities[${j}]`));
        const parsed = parseWindowDefinition(window.get() as RawWindow, {
          kind,
          source: 'config',
          key,
          entityRefs,
        });
        if (!parsed.ok) throw new InputError(parsed.reason);
        return parsed.window;
      },
    ),
  );
}

/**
 * Reads how changes are requested and approved: `itsm.changes` (the
 * manager group, the CAB and emergency CAB with their rules, how owners
 * approve, the acceptance deadline, the standard change catalog, the
 * freeze and maintenance windows) and the
 * risk questionnaire, `itsm.risk`. A bad value fails at startup, naming
 * its key.
 */
export function readChangeSettings(config: Config): ChangeSettings {
  const changes = config.getOptionalConfig('itsm.changes');
  const ownerRule = changes?.getOptionalString('ownerApproval') ?? 'all';
  if (ownerRule !== 'all' && ownerRule !== 'any') {
    throw new InputError(
      `itsm.changes.ownerApproval must be all or any, not '${ownerRule}'`,
    );
  }
  const minutesOf = (key: string, fallback: HumanDuration) =>
    Math.round(
      durationToMilliseconds(
        changes?.has(key)
          ? readDurationFromConfig(config, { key: `itsm.changes.${key}` })
          : fallback,
      ) / 60_000,
    );
  return {
    managerGroup: normalizeEntityRef(
      changes?.getOptionalString('managerGroup') ??
        DEFAULT_CHANGE_MANAGER_GROUP,
      'itsm.changes.managerGroup',
      'group',
    ),
    cab: readApprovers(config, 'itsm.changes.cab'),
    emergencyCab: readApprovers(config, 'itsm.changes.emergencyCab'),
    ownerRule: { kind: ownerRule },
    acceptanceMinutes: minutesOf('acceptanceDeadline', { days: 2 }),
    correlationMinutes: minutesOf('incidentCorrelation', { hours: 24 }),
    riskQuestionnaire: readQuestionnaire(config),
    standardChanges: readTemplates(config),
    windows: readWindows(config),
  };
}
