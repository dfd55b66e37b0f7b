import { NotAllowedError } from '@backstage/errors';
import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { ctx, report } from '../../__testUtils__/setupRecordService';
import {
  request,
  setupChangeUseCases,
} from '../__testUtils__/setupChangeUseCases';
import { RequestContext } from '../../core/services/RecordService';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

/** Wes works what affects the payments database, and reads everything. */
const wes: RequestContext = {
  credentials: mockCredentials.user('user:default/wes.web'),
  access: {
    write: {
      kind: 'affectsEntity',
      entityRefs: ['resource:default/payments-db'],
    },
  },
};

describe.each(databases.eachSupportedId())('link rights on %p', id => {
  it('needs work rights on the source, read rights on the target, and work rights on a change a caused-by link counts against', async () => {
    const { service } = await setupChangeUseCases(databases, id);
    await service.create('change', request, ctx); // CHG-1, checkout
    await service.create('incident', report, ctx); // INC-1, checkout
    await service.create(
      'incident',
      { ...report, entityRefs: ['resource:payments-db'] },
      ctx,
    ); // INC-2, the database: Wes works it

    const countAgainst = service.link(
      'incident',
      'INC-2',
      { target: 'CHG-1', kind: 'caused-by' },
      wes,
    );
    await expect(countAgainst).rejects.toThrow(NotAllowedError);
    await expect(countAgainst).rejects.toThrow(
      "target: a caused-by link counts against CHG-1's success, so only those who work CHG-1 may make it",
    );
    await expect(
      service.link(
        'incident',
        'INC-1',
        { target: 'INC-2', kind: 'relates-to' },
        wes,
      ),
    ).rejects.toThrow(NotAllowedError);

    const related = await service.link(
      'incident',
      'INC-2',
      { target: 'INC-1', kind: 'caused-by' },
      wes,
    );
    expect(related.target.ref).toBe('INC-1');
    const counted = await service.link(
      'incident',
      'INC-2',
      { target: 'CHG-1', kind: 'caused-by' },
      ctx,
    );
    expect(counted.link.kind).toBe('caused-by');
    expect(await service.links('change', 'CHG-1', ctx)).toHaveLength(1);
  });
});
