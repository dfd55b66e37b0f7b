import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { searchApiWithRecordRefs } from './searchApiWithRecordRefs';

/** The search plugin, answering an ITSM id with its record first. */
export const searchModule = createFrontendModule({
  pluginId: 'search',
  extensions: [searchApiWithRecordRefs],
});
