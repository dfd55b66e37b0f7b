import { Problem } from '@backstage-itsm/plugin-itsm-common';
import { ItsmApi, ListProblemsOptions } from '../../api/ItsmApi';

/** The most problems one export reads. */
export const MAX_EXPORTED_PROBLEMS = 10000;

/**
 * Every problem the options match, page after page (keyset cursors), up
 * to `max`; for an export, which should not stop at the page shown.
 */
export async function listAllProblems(
  itsmApi: Pick<ItsmApi, 'listProblems'>,
  options: Omit<ListProblemsOptions, 'cursor'>,
  max = MAX_EXPORTED_PROBLEMS,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  let cursor: string | undefined;
  do {
    const page = await itsmApi.listProblems({ ...options, cursor });
    problems.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && problems.length < max);
  return problems.slice(0, max);
}
