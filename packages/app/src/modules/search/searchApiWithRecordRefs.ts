import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import { searchApi } from '@backstage/plugin-search/alpha';
import { RecordRefSearchApi } from '@backstage-itsm/plugin-itsm';

type SearchApi = ConstructorParameters<typeof RecordRefSearchApi>[0];

/**
 * The search plugin's API, answering a human id typed into search
 * (`INC-2`, any case) with that record first (see docs/search.md).
 */
export const searchApiWithRecordRefs = searchApi.override({
  factory(originalFactory) {
    const search = originalFactory().get(ApiBlueprint.dataRefs.factory);
    return [
      ApiBlueprint.dataRefs.factory({
        ...search,
        factory: deps =>
          new RecordRefSearchApi(search.factory(deps) as SearchApi),
      }),
    ];
  },
});
