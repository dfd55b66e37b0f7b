import { StoredRecord } from '../../core/model/recordModel';
import {
  planReleaseContents,
  ReleaseContentsInput,
} from './planReleaseContents';
import {
  PACKAGE_OPEN_STATES,
  ReleaseEdit,
  releaseEdit,
  requireReleaseState,
} from './releaseEdit';

/**
 * Replaces a release's package contents (§7.2.2) while it is built:
 * after the audit the package is immutable, and a change means a new
 * version.
 */
export function planContentsReplacement(options: {
  record: StoredRecord;
  input: ReleaseContentsInput;
  actor: string;
}): ReleaseEdit {
  const { record, input, actor } = options;
  requireReleaseState(record, PACKAGE_OPEN_STATES, 'The package changes');
  const contents = planReleaseContents(input);
  const count = (c: { artifacts?: unknown[] } | undefined) =>
    c?.artifacts?.length ?? 0;
  return releaseEdit(record, {
    field: 'contents',
    value: contents,
    change: {
      field: 'package contents (artifacts)',
      from: count(record.fields.contents as { artifacts?: unknown[] }),
      to: count(contents),
    },
    actor,
  });
}
