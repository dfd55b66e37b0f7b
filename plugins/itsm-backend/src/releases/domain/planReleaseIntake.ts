import {
  assessRisk,
  checkReleaseVersion,
  defaultRolloutPhases,
  PhaseStatus,
  Priority,
  releaseGoalLabels,
  RiskInput,
  RiskLevel,
  RiskQuestionnaire,
  VersionScheme,
  versionSchemes,
  entityRefName,
} from '@backstage-itsm/plugin-itsm-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { RecordWindow } from '../../core/model/recordModel';
import { oneOf, requiredText } from '../../core/domain/intakeChecks';
import { planWindow } from '../../changes';
import {
  planReleaseContents,
  ReleaseContentsInput,
} from './planReleaseContents';

/** How releases are planned, from configuration. */
export type ReleaseSettings = {
  /** The group that works releases (the release managers). */
  managerGroup: string;
  /** How entities number releases unless their annotation says otherwise. */
  versionScheme: VersionScheme;
  /** The phases a release rolls out in unless it names its own. */
  phases: string[];
  riskQuestionnaire: RiskQuestionnaire;
};

/** What a release manager says about a new release (§7.1). */
export type ReleaseIntakeInput = {
  releaseVersion?: string;
  goals?: string[];
  modules?: string[];
  window?: { start?: string; end?: string };
  phases?: string[];
  risk?: Partial<RiskInput>;
  contents?: ReleaseContentsInput;
  priority?: Priority;
};

/** What a new release is stored with besides its core fields. */
export type ReleaseIntakePlan = {
  priority: Priority;
  assignmentGroup: string;
  reportedBy: string;
  window: RecordWindow;
  fields: Record<string, unknown>;
  uniqueKeys: { key: string; conflictMessage: string }[];
};

const priorityOfRisk: Record<RiskLevel, Priority> = {
  high: 'P2',
  medium: 'P3',
  low: 'P4',
};

const MAX_PHASES = 10;
const MAX_MODULES = 50;

const kindOf = (ref: string) => parseEntityRef(ref).kind.toLocaleLowerCase();

/**
 * The entity a release belongs to, from its (resolved) entities: one
 * component, or a system followed by the components it releases.
 */
function planScope(entityRefs: string[]): string {
  const [owner, ...parts] = entityRefs;
  if (!owner) {
    throw new InputError(
      'entityRefs must name the component, or the system and its components, the release is for',
    );
  }
  const kind = kindOf(owner);
  if (kind === 'component') {
    if (parts.length > 0) {
      throw new InputError(
        'entityRefs: a release of a component is for that component only; release a system to release several',
      );
    }
    return owner;
  }
  if (kind !== 'system') {
    throw new InputError(
      `entityRefs[0] must be a component or a system, not a ${kind}`,
    );
  }
  if (parts.length === 0) {
    throw new InputError(
      'entityRefs: a release of a system names the components it releases after the system',
    );
  }
  parts.forEach((ref, i) => {
    if (kindOf(ref) !== 'component') {
      throw new InputError(`entityRefs[${i + 1}] must be a component`);
    }
  });
  return owner;
}

function planPhases(names: string[] | undefined, defaults: string[]) {
  const list = names?.length ? names : defaults;
  if (list.length > MAX_PHASES) {
    throw new InputError(`phases has at most ${MAX_PHASES} entries`);
  }
  const phases = list.map((name, i) => requiredText(name, `phases[${i}]`));
  const twice = phases.find((name, i) => phases.indexOf(name) !== i);
  if (twice) {
    throw new InputError(`phases names '${twice}' twice`);
  }
  return phases.map(name => ({ name, status: 'pending' as PhaseStatus }));
}

/**
 * Checks a release plan (§7.1) and works out what it is stored with: its
 * entity, version (valid in the entity's scheme and, through a unique key,
 * not planned twice), goals, window, rollout phases, risk (scored by the
 * same questionnaire as changes) and any package contents known already.
 */
export function planReleaseIntake(options: {
  input: ReleaseIntakeInput;
  entityRefs: string[];
  /** The entities' `itsm/version-scheme` annotations. */
  versionSchemes: Record<string, string>;
  settings: ReleaseSettings;
  caller: string;
}): ReleaseIntakePlan {
  const { input, settings, caller } = options;
  const entityRef = planScope(options.entityRefs);
  const declared = options.versionSchemes[entityRef];
  if (
    declared !== undefined &&
    !(versionSchemes as readonly string[]).includes(declared)
  ) {
    throw new InputError(
      `${entityRef} has itsm/version-scheme '${declared}'; it must be one of ${versionSchemes.join(
        ', ',
      )}`,
    );
  }
  const scheme =
    (declared as VersionScheme | undefined) ?? settings.versionScheme;
  const version = requiredText(input.releaseVersion, 'releaseVersion');
  const invalid = checkReleaseVersion(version, scheme, 'releaseVersion');
  if (invalid) throw new InputError(invalid);
  if (!input.goals?.length) {
    throw new InputError(
      `goals needs at least one of ${Object.keys(releaseGoalLabels).join(
        ', ',
      )}`,
    );
  }
  const goals = [
    ...new Set(
      input.goals.map((goal, i) =>
        oneOf(goal, releaseGoalLabels, `goals[${i}]`),
      ),
    ),
  ];
  if ((input.modules?.length ?? 0) > MAX_MODULES) {
    throw new InputError(`modules has at most ${MAX_MODULES} entries`);
  }
  const modules = (input.modules ?? []).map((m, i) =>
    requiredText(m, `modules[${i}]`),
  );
  const risk = assessRisk(settings.riskQuestionnaire, {
    answers: input.risk?.answers ?? {},
    stated: input.risk?.stated,
    statedReason: input.risk?.statedReason,
  });
  if (!risk.ok) throw new InputError(risk.reason);
  return {
    priority: input.priority ?? priorityOfRisk[risk.assessment.level],
    assignmentGroup: settings.managerGroup,
    reportedBy: caller,
    window: planWindow(input.window),
    fields: {
      entityRef,
      releaseVersion: version,
      versionScheme: scheme,
      goals,
      ...(modules.length ? { modules } : {}),
      phases: planPhases(input.phases, settings.phases),
      risk: risk.assessment,
      contents: planReleaseContents(input.contents ?? {}),
    },
    uniqueKeys: [
      {
        key: `${entityRef}@${version}`,
        conflictMessage: `version ${version} of ${entityRefName(
          entityRef,
        )} is already planned or released`,
      },
    ],
  };
}

/** The phases a release rolls out in when configuration names none. */
export const DEFAULT_PHASES = [...defaultRolloutPhases];
