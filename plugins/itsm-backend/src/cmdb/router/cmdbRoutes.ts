import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CmdbReader } from '../services/CmdbReader';
import { ImpactAnalysisService } from '../services/ImpactAnalysisService';
import { ItsmApiRouter } from '../../core/router/types';

/** `metadata.annotations.itsm/supplier=Dell` as a path and a value. */
function readAttribute(text: string): { path: string; value: string } {
  const at = text.indexOf('=');
  if (at <= 0) {
    throw new InputError(
      `attribute '${text}' must be path=value, e.g. metadata.annotations.itsm/supplier=Dell`,
    );
  }
  return { path: text.slice(0, at), value: text.slice(at + 1) };
}

/**
 * Mounts the configuration management routes: `GET /impact` (what depends
 * on some entities), `GET /cis` and `GET /cis/report` (the CMDB's items
 * and status report) and `GET /ci-changes` (their history).
 */
export function mountCmdbRoutes(
  router: ItsmApiRouter,
  deps: {
    impact: ImpactAnalysisService;
    cmdb: CmdbReader;
    httpAuth: HttpAuthService;
  },
): void {
  router.get('/impact', async (req, res) => {
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { entityRef, depth, direction } = req.query;
    res.json(
      await deps.impact.analyze(
        {
          entityRefs: entityRef,
          depth: depth === undefined ? undefined : Number(depth),
          direction,
        },
        credentials,
      ),
    );
  });

  router.get('/cis', async (req, res) => {
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { limit, cursor, q, attribute, ...filters } = req.query;
    res.json(
      await deps.cmdb.listItems(
        {
          ciClass: filters.class,
          kind: filters.kind,
          type: filters.type,
          owner: filters.owner,
          system: filters.system,
          lifecycle: filters.lifecycle,
          text: q,
          attribute:
            attribute === undefined ? undefined : readAttribute(attribute),
          limit: limit === undefined ? undefined : Number(limit),
          cursor,
        },
        credentials,
      ),
    );
  });

  router.get('/cis/report', async (req, res) => {
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { staleDays } = req.query;
    res.json(
      await deps.cmdb.report(
        { staleDays: staleDays === undefined ? undefined : Number(staleDays) },
        credentials,
      ),
    );
  });

  router.get('/ci-changes', async (req, res) => {
    await deps.httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { entityRef, unauthorized, limit, cursor } = req.query;
    res.json(
      await deps.cmdb.listChanges({
        entityRef,
        unauthorized:
          unauthorized === undefined
            ? undefined
            : String(unauthorized) === 'true',
        limit: limit === undefined ? undefined : Number(limit),
        cursor,
      }),
    );
  });
}
