/**
 * The backend's layers, checked by `yarn lint:architecture` (and CI): which
 * folder of plugins/itsm-backend/src may import which; and no import cycle
 * in the backend, the frontend (plugins/itsm/src) or the shared types
 * (plugins/itsm-common/src). See
 * docs/architecture.md, "Layers and the architecture check".
 *
 * Type-only imports count (tsPreCompilationDeps): a planner that names a
 * database type depends on the database layer as much as one that calls it.
 */
const src = '^plugins/itsm-backend/src';
const frontendAndCommon = '^plugins/itsm(-common)?/src/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'A cycle makes modules that can only be read, tested and moved ' +
        'together, and makes the load order decide which one sees the ' +
        'other half-initialised. Move the shared types down (to core/) ' +
        'instead.',
      severity: 'error',
      from: { path: src },
      to: { circular: true },
    },
    {
      name: 'no-circular-frontend-common',
      comment:
        'The same rule for the frontend plugin and the common package: ' +
        'no-circular above is scoped to the backend, as the other rules ' +
        "are about the backend's folders. The frontend's client is split by process " +
        '(api/: per-process interfaces that name types only, request modules ' +
        'that use only ItsmHttpClient, ItsmClient composing them) so that ' +
        'none of its parts imports another in a circle.',
      severity: 'error',
      from: { path: frontendAndCommon },
      to: { circular: true },
    },
    {
      name: 'core-is-a-leaf',
      comment:
        "core/ holds the record's model (types and constants) every layer " +
        'shares; it imports nothing of the plugin outside core/ and no ' +
        'framework, so anything may depend on it without a cycle.',
      severity: 'error',
      from: { path: `${src}/core/` },
      to: { path: `${src}/`, pathNot: `${src}/core/` },
    },
    {
      name: 'core-no-frameworks',
      comment:
        'core/ is data only: no database client, no HTTP framework, no ' +
        'Backstage services.',
      severity: 'error',
      from: { path: `${src}/core/` },
      to: {
        path: [
          '^node_modules/(@types/)?(knex|express|pg|better-sqlite3)/',
          '^node_modules/@backstage/backend-plugin-api/',
        ],
      },
    },
    {
      name: 'domain-is-pure',
      comment:
        'domain/ holds the pure planners: given the record as it is and the ' +
        'input, they decide what to change. They neither read nor write, ' +
        'so they may not import the stores (database/), the use cases ' +
        '(services/), the HTTP layer (router/), the scheduled tasks ' +
        '(scheduler/) or the wiring (plugin.ts, wiring/), nor knex, a ' +
        'database driver or express. Types they share live in core/.',
      severity: 'error',
      from: { path: `${src}/domain/` },
      to: {
        path: [
          `${src}/(database|services|router|scheduler|wiring)/`,
          `${src}/plugin\\.ts$`,
          '^node_modules/(@types/)?(knex|express|pg|better-sqlite3)/',
        ],
      },
    },
    {
      name: 'database-not-domain',
      comment:
        'database/ stores and queries; it does not plan. Only the CMDB ' +
        'history store is allowed an exception (next rule) until issue 18 ' +
        'moves its types to core/.',
      severity: 'error',
      from: {
        path: `${src}/database/`,
        pathNot: `${src}/database/(Database)?CiHistoryStore\\.ts$`,
      },
      to: { path: `${src}/domain/` },
    },
    {
      name: 'ci-history-store-domain-types',
      comment:
        'Named exception: CiHistoryStore.ts and DatabaseCiHistoryStore.ts ' +
        "use the CMDB's data types (ImpactNode, ImpactDirection, " +
        'ImpactLinks, CiIndex, CiSnapshot, CiDifference) that still live ' +
        'beside their pure helpers in domain/ (analyzeImpact, impactLinksOf, ' +
        'ciIndexOf, diffCiSnapshots). Those four files and no other; ' +
        'moving the types to core/ ends the exception.',
      severity: 'error',
      from: { path: `${src}/database/(Database)?CiHistoryStore\\.ts$` },
      to: {
        path: `${src}/domain/`,
        pathNot: `${src}/domain/(analyzeImpact|impactLinksOf|ciIndexOf|diffCiSnapshots)\\.ts$`,
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
