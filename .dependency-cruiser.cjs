/**
 * The backend's map, checked by `yarn lint:architecture` (and CI): one
 * folder per process of the standard, a core that knows none of them, and
 * the same layers inside each folder; no import cycle in the backend, the
 * frontend (plugins/itsm/src) or the shared types (plugins/itsm-common/src).
 * See docs/architecture.md, "The map" and "Layers and the architecture
 * check".
 *
 * Type-only imports count (tsPreCompilationDeps): a planner that names a
 * database type depends on the database layer as much as one that calls it.
 */
const src = '^plugins/itsm-backend/src';
const processes =
  '(incidents|intake|problems|changes|cmdb|releases|sla|continuity|improvement)';
const frontendAndCommon = '^plugins/itsm(-common)?/src/';
const app = '^plugins/itsm/src';
const pages =
  '(incidents|problems|changes|cmdb|releases|sla|continuity|improvement)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'A cycle makes modules that can only be read, tested and moved ' +
        'together, and makes the load order decide which one sees the ' +
        'other half-initialised. Move the shared types down (to ' +
        'core/model/) instead.',
      severity: 'error',
      from: { path: src },
      to: { circular: true },
    },
    {
      name: 'no-circular-frontend-common',
      comment:
        'The same rule for the frontend plugin and the common package. ' +
        "The frontend's client is split by process (api/: per-process " +
        'interfaces that name types only, request modules that use only ' +
        'ItsmHttpClient, ItsmClient composing them) so that none of its ' +
        'parts imports another in a circle.',
      severity: 'error',
      from: { path: frontendAndCommon },
      to: { circular: true },
    },
    {
      name: 'core-knows-no-process',
      comment:
        'core/ is the record engine every process uses (records, workflow ' +
        'enforcement, timeline, links, permissions, approvals, the store, ' +
        'the HTTP frame). It imports no process folder and not plugin.ts: ' +
        "each process's module (create<Process>Module) registers what is " +
        'its own with the core (core/modules/ProcessModule.ts), so adding a ' +
        "process touches no core file. The core's own tests may run it " +
        'with the processes registered (src/__testUtils__/setupRecordService).',
      severity: 'error',
      from: { path: `${src}/core/`, pathNot: '\\.test\\.ts$' },
      to: {
        path: [`${src}/${processes}/`, `${src}/plugin\\.ts$`],
      },
    },
    {
      name: 'core-model-is-a-leaf',
      comment:
        "core/model/ holds the record's model (types and constants) every " +
        'layer shares; it imports nothing of the plugin outside it and no ' +
        'framework, so anything may depend on it without a cycle.',
      severity: 'error',
      from: { path: `${src}/core/model/` },
      to: {
        path: [
          `${src}/`,
          '^node_modules/(@types/)?(knex|express|pg|better-sqlite3)/',
          '^node_modules/@backstage/backend-plugin-api/',
        ],
        pathNot: `${src}/core/model/`,
      },
    },
    {
      name: 'process-through-its-index',
      comment:
        "A process uses another process through that process's index.ts, " +
        'its public surface, never its internals: the folders can then be ' +
        'read, changed and tested one at a time.',
      severity: 'error',
      from: { path: `${src}/${processes}/` },
      to: {
        path: `${src}/${processes}/`,
        pathNot: [`${src}/$1/`, `${src}/${processes}/index\\.ts$`],
      },
    },
    {
      name: 'domain-is-pure',
      comment:
        "A folder's domain/ holds the pure planners: given the record as it " +
        'is and the input, they decide what to change. They neither read ' +
        'nor write, so they may not import a store (database/), a use case ' +
        '(services/), the HTTP layer (router/), a scheduled task (tasks/), ' +
        'a catalog reader (catalog/), plugin.ts, nor knex, a database ' +
        'driver or express. Types they share live in core/model/.',
      severity: 'error',
      from: { path: `${src}/[^/]+/domain/` },
      to: {
        path: [
          `${src}/[^/]+/(database|services|router|tasks|actions|catalog)/`,
          `${src}/plugin\\.ts$`,
          '^node_modules/(@types/)?(knex|express|pg|better-sqlite3)/',
        ],
      },
    },
    {
      name: 'database-not-domain',
      comment:
        "A folder's database/ stores and queries; it does not plan, so it " +
        'imports no domain/ planner. Only the CMDB history store is allowed ' +
        'an exception (next rule).',
      severity: 'error',
      from: {
        path: `${src}/[^/]+/database/`,
        pathNot: `${src}/cmdb/database/(Database)?CiHistoryStore\\.ts$`,
      },
      to: { path: `${src}/[^/]+/domain/` },
    },
    {
      name: 'ci-history-store-domain-types',
      comment:
        'Named exception: CiHistoryStore.ts and DatabaseCiHistoryStore.ts ' +
        "use the CMDB's data types (ImpactNode, ImpactDirection, " +
        'ImpactLinks, CiIndex, CiSnapshot, CiDifference) that live beside ' +
        'their pure helpers in cmdb/domain/ (analyzeImpact, impactLinksOf, ' +
        'ciIndexOf, diffCiSnapshots). Those four files and no other.',
      severity: 'error',
      from: { path: `${src}/cmdb/database/(Database)?CiHistoryStore\\.ts$` },
      to: {
        path: `${src}/[^/]+/domain/`,
        pathNot: `${src}/cmdb/domain/(analyzeImpact|impactLinksOf|ciIndexOf|diffCiSnapshots)\\.ts$`,
      },
    },
    {
      name: 'frontend-process-through-its-index',
      comment:
        "The frontend's process folders (pages, tabs, cards, dialogs of " +
        'one process) use another process only through its index.ts, as ' +
        'the backend does.',
      severity: 'error',
      from: { path: `${app}/${pages}/` },
      to: {
        path: `${app}/${pages}/`,
        pathNot: [`${app}/$1/`, `${app}/${pages}/index\\.ts$`],
      },
    },
    {
      name: 'frontend-shared-knows-no-process',
      comment:
        'The shared parts of the frontend (components/, hooks/, lib/, ' +
        'api/, testUtils/) serve every process and import none; only ' +
        'ItsmPage/, plugin.ts, alpha.tsx and index.ts gather the processes.',
      severity: 'error',
      from: { path: `${app}/(components|hooks|lib|api|testUtils)/` },
      to: { path: `${app}/${pages}/` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
