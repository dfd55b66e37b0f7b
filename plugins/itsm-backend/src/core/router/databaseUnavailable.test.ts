import { isDatabaseUnavailable } from './databaseUnavailable';

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'PostgreSQL ended the connection (pg_terminate_backend)',
      {
        code: '57P01',
        message: 'terminating connection due to administrator command',
      },
    ],
    [
      'PostgreSQL is starting up',
      { code: '57P03', message: 'the database system is starting up' },
    ],
    ['a connection failure', { code: '08006', message: 'connection failure' }],
    [
      'node-postgres lost its socket',
      new Error('Connection terminated unexpectedly'),
    ],
    [
      'the pool is exhausted',
      new Error(
        'Knex: Timeout acquiring a connection. The pool is probably full.',
      ),
    ],
    [
      'the server refuses connections',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
        code: 'ECONNREFUSED',
      }),
    ],
    [
      'SQLite is locked',
      Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }),
    ],
  ])('says yes when %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', { code: '23505', message: 'duplicate key value' }],
    [
      'a programming error',
      new TypeError("Cannot read properties of undefined (reading 'length')"),
    ],
    ['nothing', undefined],
  ])('says no for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
