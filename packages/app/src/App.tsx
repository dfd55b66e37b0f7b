import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { navModule } from './modules/nav';
import { searchModule } from './modules/search';
import { signInModule } from './modules/signIn';

/**
 * The demo portal. The other frontend plugins that this package depends on
 * (org, notifications, signals, search, user settings and
 * @backstage-itsm/plugin-itsm) are discovered through `app.packages: all` in
 * app-config.yaml. The search module has an ITSM id typed into search
 * answered with its record first.
 */
export default createApp({
  features: [catalogPlugin, navModule, searchModule, signInModule],
});
