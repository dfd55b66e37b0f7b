import { TestDatabases } from '@backstage/backend-test-utils';
import { ctx } from '../../__testUtils__/setupRecordService';
import {
  olivia,
  paula,
  request,
  setupChangeUseCases,
} from '../__testUtils__/setupChangeUseCases';
import { CatalogWindowReader } from '../catalog/CatalogWindowReader';
import { DeploymentGate } from './DeploymentGate';
import { aNewRecord } from '../../core/__testUtils__/aNewRecord';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'change windows and the deployment gate on %p',
  id => {
    const setup = () => setupChangeUseCases(databases, id);

    it('answers the deployment gate: yes only in the window of an approved change, outside freezes unless overridden', async () => {
      const { service, move, windows, windowReader } = await setup();
      const gate = new DeploymentGate({
        records: service,
        windows,
        windowReader: windowReader as unknown as CatalogWindowReader,
      });
      const ask = (at: string) =>
        gate.decide({ entityRef: 'component:checkout-service', at }, ctx);
      const during = '2026-12-02T21:00:00Z';
      await service.create(
        'change',
        { ...request, model: 'standard', template: 'restart-pod' },
        ctx,
      );
      expect(await ask(during)).toMatchObject({
        allowed: false,
        reason:
          'No approved change covers component:default/checkout-service at 2 Dec 2026, 21:00 UTC',
      });
      await move('submit', ctx);
      expect(await ask(during)).toMatchObject({
        allowed: true,
        entityRef: 'component:default/checkout-service',
        change: { ref: 'CHG-1' },
      });
      expect((await ask('2026-12-02T22:00:00Z')).allowed).toBe(false);
      windows.push({
        name: 'Audit freeze',
        kind: 'freeze',
        start: '2026-12-02T20:30:00.000Z',
        durationMinutes: 60,
        source: 'config',
      });
      expect(await ask(during)).toMatchObject({
        allowed: false,
        reason: expect.stringContaining("is in the freeze 'Audit freeze'"),
        freezes: [{ name: 'Audit freeze' }],
      });
      await expect(
        gate.decide(
          { entityRef: 'component:checkout-service', at: 'now' },
          ctx,
        ),
      ).rejects.toThrow('at must be a date and time');
    });

    it('lets an approval cover only what was approved: the entities cannot change once approval is asked, and the gate answers for the approved entities alone', async () => {
      const { service, move, approvals, windows, windowReader } = await setup();
      const gate = new DeploymentGate({
        records: service,
        windows,
        windowReader: windowReader as unknown as CatalogWindowReader,
      });
      const ask = (entityRef: string) =>
        gate.decide({ entityRef, at: '2026-12-02T21:00:00Z' }, ctx);
      await service.create('change', request, ctx);
      await move('submit', ctx);
      await move('accept', olivia);
      await move('assess', olivia, { assessment: 'Low risk' });
      const waiting = await move('request_approval', olivia);
      expect(waiting.fields.approval).toMatchObject({
        covers: {
          entityRefs: ['component:default/checkout-service'],
          window: {
            start: '2026-12-02T20:00:00.000Z',
            end: '2026-12-02T22:00:00.000Z',
          },
          changeType: 'system',
          model: 'normal',
        },
      });
      const widen = (version: number) =>
        service.update(
          'change',
          'CHG-1',
          {
            version,
            entityRefs: [
              'component:default/checkout-service',
              'resource:default/payments-db',
            ],
          },
          ctx,
        );
      await expect(widen(waiting.version)).rejects.toThrow(
        /^entityRefs: CHG-1 is awaiting approval and its approval \(round 1\) covers its affected entities as they were submitted/,
      );
      const scheduled = await approvals.decide(
        'CHG-1',
        { decision: 'approve' },
        paula,
      );
      expect(scheduled.state).toBe('scheduled');
      await expect(widen(scheduled.version)).rejects.toThrow(
        /^entityRefs: CHG-1 is scheduled and its approval \(round 1\) covers its affected entities as they were approved; they can no longer change/,
      );
      // The title is no part of the approval.
      const renamed = await service.update(
        'change',
        'CHG-1',
        { version: scheduled.version, title: 'Upgrade checkout to Node 22' },
        ctx,
      );
      expect(renamed.title).toBe('Upgrade checkout to Node 22');
      expect(await ask('component:default/checkout-service')).toMatchObject({
        allowed: true,
        change: { ref: 'CHG-1' },
      });
      expect(await ask('resource:default/payments-db')).toMatchObject({
        allowed: false,
      });
    });

    describe('windows and conflicts', () => {
      const freeze = {
        name: 'Release freeze',
        kind: 'freeze' as const,
        start: '2026-12-02T00:00:00.000Z',
        durationMinutes: 24 * 60,
        source: 'config',
      };

      it('refuses to submit a change whose window falls in a freeze, unless overridden with a justification', async () => {
        const { service, move, windows } = await setup();
        windows.push(freeze);
        await service.create('change', request, ctx);
        await expect(move('submit', ctx)).rejects.toThrow(
          /^freezeOverride: the window of CHG-1 falls in the freeze 'Release freeze'/,
        );
        expect((await service.get('change', 'CHG-1', ctx)).state).toBe('draft');
        const submitted = await move('submit', ctx, {
          freezeOverride: 'PCI fix, due before the audit',
        });
        expect(submitted).toMatchObject({
          state: 'submitted',
          fields: {
            conflicts: [{ kind: 'freeze', name: 'Release freeze' }],
            freezeOverride: {
              justification: 'PCI fix, due before the audit',
              by: 'user:default/pat.engineer',
              freezes: ['Release freeze@2026-12-02T00:00:00.000Z'],
            },
          },
        });
        const { events } = await service.timeline('change', 'CHG-1', {}, ctx);
        expect(events.at(-1)?.data).toMatchObject({
          action: 'submit',
          freezeOverride: 'PCI fix, due before the audit',
        });
      });

      it('records other changes on related entities at the same time, without blocking', async () => {
        const { service, move, impact } = await setup();
        await service.create('change', request, ctx);
        await move('submit', ctx);
        // A second change on the dependant, overlapping the first's window.
        await service.create(
          'change',
          {
            ...request,
            title: 'Storefront CDN switch',
            entityRefs: ['component:checkout-service'],
            window: {
              start: '2026-12-02T21:00:00Z',
              end: '2026-12-02T23:00:00Z',
            },
          },
          ctx,
        );
        expect(impact.analyze).toHaveBeenCalled();
        const current = await service.get('change', 'CHG-2', ctx);
        const second = await service.transition(
          'change',
          'CHG-2',
          { action: 'submit', version: current.version },
          ctx,
        );
        expect(second).toMatchObject({
          state: 'submitted',
          fields: {
            conflicts: [
              {
                kind: 'overlap',
                ref: 'CHG-1',
                entityRefs: ['component:default/checkout-service'],
              },
            ],
          },
        });
      });

      it('records a planned release on a related entity at the same time as an overlap', async () => {
        const { service, move, store } = await setup();
        await store.createRecord({
          ...aNewRecord(),
          type: 'release',
          title: 'Checkout 2.4.1',
          state: 'approved',
          entityRefs: ['component:default/checkout-service'],
          window: {
            start: '2026-12-02T21:30:00.000Z',
            end: '2026-12-02T22:30:00.000Z',
          },
        });
        await service.create('change', request, ctx);
        const submitted = await move('submit', ctx);
        expect(submitted.fields.conflicts).toEqual([
          expect.objectContaining({
            kind: 'overlap',
            ref: 'REL-1',
            title: 'Checkout 2.4.1',
          }),
        ]);
      });

      it('checks the window again when the change is scheduled: a freeze declared since blocks the last approval', async () => {
        const { service, approvals, move, windows } = await setup();
        await service.create('change', request, ctx);
        await move('submit', ctx);
        await move('accept', olivia);
        await move('assess', olivia, { assessment: 'ok' });
        await move('request_approval', olivia);
        windows.push({ ...freeze, name: 'Audit freeze' });
        await expect(
          approvals.decide('CHG-1', { decision: 'approve' }, paula),
        ).rejects.toThrow(/falls in the freeze 'Audit freeze'/);
        const change = await service.get('change', 'CHG-1', ctx);
        expect(change.state).toBe('awaiting_approval');
        expect((change.fields.approval as any).decisions).toEqual([]);
      });
    });
  },
);
