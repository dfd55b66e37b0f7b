import {
  BackstageCredentials,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { ListRecordsQuery } from '../services/RecordService';

/** A query parameter that may be repeated, as a list. */
function listOf<T>(value: T | T[] | undefined): T[] | undefined {
  return value === undefined ? undefined : ([] as T[]).concat(value);
}

/** The list and count filters as the query string carries them. */
export type QueueQueryParams = {
  entityRef?: string;
  state?: string | string[];
  priority?: string | string[];
  category?: string | string[];
  assignee?: string | string[];
  assignmentGroup?: string | string[];
  reportedBy?: string | string[];
  unassigned?: boolean | string;
  supportTier?: string | string[];
  q?: string;
};

/**
 * Reads the list filters of a request, with the caller's own shorthands:
 * `assignee=me` (the caller) and `assignmentGroup=mine` (the caller's
 * groups), which make the "my work" and "my groups" queues, and
 * `reportedBy=me` (reported by the caller, or for them by an agent), which
 * makes "My requests".
 */
export async function readQueueQuery(
  params: QueueQueryParams,
  credentials: BackstageCredentials,
  userInfo: UserInfoService,
): Promise<Omit<ListRecordsQuery, 'sort' | 'limit' | 'cursor'>> {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
  };
  const userRef =
    principal.type === 'user' ? principal.userEntityRef : undefined;
  const needUser = (field: string, word: string) => {
    if (!userRef) {
      throw new InputError(`${field}=${word} needs a signed-in user`);
    }
    return userRef;
  };

  let assignees = listOf(params.assignee);
  if (assignees?.includes('me')) {
    const me = needUser('assignee', 'me');
    assignees = assignees.map(a => (a === 'me' ? me : a));
  }
  let reporters = listOf(params.reportedBy);
  if (reporters?.includes('me')) {
    const me = needUser('reportedBy', 'me');
    reporters = reporters.map(r => (r === 'me' ? me : r));
  }
  let groups = listOf(params.assignmentGroup);
  if (groups?.includes('mine')) {
    needUser('assignmentGroup', 'mine');
    const { ownershipEntityRefs } = await userInfo.getUserInfo(credentials);
    const mine = ownershipEntityRefs.filter(ref => ref.startsWith('group:'));
    // With no group of their own the queue is empty (an empty list matches nothing).
    groups = [...groups.filter(g => g !== 'mine'), ...mine];
  }
  return {
    entityRef: params.entityRef,
    states: listOf(params.state),
    priorities: listOf(params.priority),
    categories: listOf(params.category),
    assignees,
    assignmentGroups: groups,
    reporters,
    unassigned:
      params.unassigned === undefined
        ? undefined
        : params.unassigned === true || params.unassigned === 'true',
    supportTiers: listOf(params.supportTier),
    q: params.q,
  };
}
