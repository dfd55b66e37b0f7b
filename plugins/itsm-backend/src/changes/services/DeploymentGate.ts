import { InputError } from '@backstage/errors';
import { CatalogWindowReader } from '../catalog/CatalogWindowReader';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import {
  APPROVED_CHANGE_STATES,
  decideDeployment,
  DeploymentDecision,
} from '../domain/decideDeployment';
import { approvedScope } from '../../core/domain/approvedScope';
import { FreezeOverride } from '../domain/checkFreezeOverride';
import { expandWindow, WindowDefinition } from '../domain/expandWindow';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';

/**
 * The deployment gate: may an entity deploy now (or at a given time)?
 * Yes only inside the window of an approved (or standard) change whose
 * approval covers it or its system, outside freezes unless that change
 * overrode them.
 */
export class DeploymentGate {
  constructor(
    private readonly deps: {
      records: RecordService;
      /** The windows configuration defines. */
      windows: WindowDefinition[];
      windowReader: CatalogWindowReader;
      now?: () => Date;
    },
  ) {}

  async decide(
    query: { entityRef: string; at?: string },
    ctx: RequestContext,
  ): Promise<DeploymentDecision & { entityRef: string; at: string }> {
    const entityRef = normalizeEntityRef(query.entityRef, 'entityRef');
    const at = query.at === undefined ? this.now() : Date.parse(query.at);
    if (Number.isNaN(at)) {
      throw new InputError(
        'at must be a date and time, e.g. 2026-12-02T21:00:00Z',
      );
    }
    const now = new Date(at).toISOString();
    const declared = await this.deps.windowReader.windowsFor(
      [entityRef],
      ctx.credentials,
    );
    if (declared.missing.length > 0) {
      throw new InputError(
        `entityRef '${query.entityRef}' is not in the catalog`,
      );
    }
    const scope = declared.scopes[entityRef];
    const instant = { start: now, end: new Date(at + 1).toISOString() };
    const { records } = await this.deps.records.list(
      'change',
      {
        states: APPROVED_CHANGE_STATES,
        anyOfEntityRefs: scope,
        windowOverlaps: instant,
        limit: 20,
      },
      ctx,
    );
    const freezes = [...this.deps.windows, ...declared.windows]
      .filter(
        w =>
          w.kind === 'freeze' &&
          (!w.entityRefs?.length || w.entityRefs.some(r => scope.includes(r))),
      )
      .flatMap(w => expandWindow(w, instant));
    const decision = decideDeployment({
      entityRef,
      scope,
      now,
      // Only what each change's approval covers counts, not the record.
      changes: records.flatMap(r => {
        const approved = approvedScope(r);
        return approved?.window
          ? [
              {
                ref: r.ref,
                title: r.title,
                state: r.state,
                model: String(r.fields.model),
                entityRefs: approved.entityRefs,
                window: approved.window,
                freezeOverride: r.fields.freezeOverride as
                  | FreezeOverride
                  | undefined,
              },
            ]
          : [];
      }),
      freezes,
    });
    return { ...decision, entityRef, at: now };
  }

  private now(): number {
    return (this.deps.now?.() ?? new Date()).getTime();
  }
}
