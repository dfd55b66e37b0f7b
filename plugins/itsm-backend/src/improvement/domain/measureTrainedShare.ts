import type { IndicatorValue } from '../indicators/IndicatorComputation';

/**
 * The training processes the records of each type are worked in: a group
 * that works incidents is trained on incident management or the service
 * desk, one that works changes on change management, and so on.
 */
export const trainingProcessesOfRecordType: Readonly<
  Record<string, readonly string[]>
> = {
  incident: ['incidents', 'service-desk'],
  problem: ['problems'],
  change: ['changes'],
  release: ['releases'],
  risk: ['continuity'],
  'impact-analysis': ['continuity'],
  'continuity-plan': ['continuity'],
  exercise: ['continuity'],
  improvement: ['improvement'],
};

/** A held session: its process and who completed it. */
export type HeldTraining = { process: string; completedBy: readonly string[] };

/**
 * The share of the members of support groups trained on their processes
 * (§10.2.3, `group-trained-share`): a member counts once however many
 * groups they are in, and is trained when they completed a held session on
 * a process of one of their groups (the processes of the records the group
 * works). A group whose records name no process counts any session.
 */
export function measureTrainedShare(options: {
  /** Each support group with its processes and members. */
  groups: readonly {
    group: string;
    processes: readonly string[];
    members: readonly string[];
  }[];
  held: readonly HeldTraining[];
}): IndicatorValue {
  const processesOf = new Map<string, Set<string> | 'any'>();
  for (const { processes, members } of options.groups) {
    for (const member of members) {
      const known = processesOf.get(member);
      if (known === 'any') continue;
      if (processes.length === 0) {
        processesOf.set(member, 'any');
        continue;
      }
      processesOf.set(member, new Set([...(known ?? []), ...processes]));
    }
  }
  let trained = 0;
  for (const [member, processes] of processesOf) {
    if (
      options.held.some(
        s =>
          s.completedBy.includes(member) &&
          (processes === 'any' || processes.has(s.process)),
      )
    ) {
      trained += 1;
    }
  }
  const members = processesOf.size;
  return {
    value: members === 0 ? null : (trained / members) * 100,
    numerator: trained,
    denominator: members,
    sample: members,
  };
}
