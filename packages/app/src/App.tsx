import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

/**
 * The demo portal. The other frontend plugins that this package depends on
 * (org, notifications, signals, user settings and @backstage-itsm/plugin-itsm)
 * are discovered through `app.packages: all` in app-config.yaml.
 */
export default createApp({
  features: [catalogPlugin, navModule, signInModule],
});
