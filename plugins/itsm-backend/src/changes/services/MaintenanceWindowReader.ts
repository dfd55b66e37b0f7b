import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogWindowReader } from '../catalog/CatalogWindowReader';
import { expandWindow, WindowDefinition } from '../domain/expandWindow';

/**
 * The approved maintenance windows of entities over a range: those of
 * configuration that name the entities (or their systems) or none, and
 * those the entities and their systems declare by annotation, each
 * occurrence as a span, in order.
 */
export class MaintenanceWindowReader {
  constructor(
    private readonly deps: {
      /** The windows configuration defines. */
      windows: WindowDefinition[];
      windowReader: CatalogWindowReader;
    },
  ) {}

  async spansFor(
    entityRefs: string[],
    range: { start: string; end: string },
    credentials: BackstageCredentials,
  ): Promise<{ start: string; end: string }[]> {
    if (entityRefs.length === 0) return [];
    const declared = await this.deps.windowReader.windowsFor(
      entityRefs,
      credentials,
    );
    const scope = new Set(
      entityRefs.flatMap(ref => declared.scopes[ref] ?? [ref]),
    );
    return [...this.deps.windows, ...declared.windows]
      .filter(
        w =>
          w.kind === 'maintenance' &&
          (!w.entityRefs?.length || w.entityRefs.some(r => scope.has(r))),
      )
      .flatMap(w => expandWindow(w, range))
      .map(({ start, end }) => ({ start, end }))
      .sort((a, b) => a.start.localeCompare(b.start));
  }
}
