import { Entity } from '@backstage/catalog-model';
import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import {
  inventoryColumns,
  InventoryRow,
  inventoryRowToEntity,
} from './inventoryRowToEntity';

/** Something wrong with an inventory file, where it is. */
export type InventoryProblem = { file: string; line: number; message: string };

type Row = { line: number; row: InventoryRow };

function readCsv(text: string, file: string): Row[] | InventoryProblem[] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const header = firstLine.split(',').map(c => c.trim().replace(/^"|"$/g, ''));
  const unknown = header.filter(
    c => c && !(inventoryColumns as readonly string[]).includes(c),
  );
  if (unknown.length > 0) {
    return unknown.map(column => ({
      file,
      line: 1,
      message: `unknown column '${column}'; the columns are ${inventoryColumns.join(
        ', ',
      )}`,
    }));
  }
  try {
    const records: {
      record: Record<string, string>;
      info: { lines: number };
    }[] = parseCsv(text, {
      bom: true,
      columns: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
    });
    return records.map(({ record, info }) => ({
      line: info.lines,
      row: Object.fromEntries(
        Object.entries(record).filter(([, value]) => value !== ''),
      ),
    }));
  } catch (error) {
    const line = Number((error as { lines?: number }).lines) || 1;
    return [
      { file, line, message: `not valid CSV: ${(error as Error).message}` },
    ];
  }
}

function readYaml(text: string, file: string): Row[] | InventoryProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    return doc.errors.map(error => ({
      file,
      line: error.linePos?.[0].line ?? 1,
      message: `not valid YAML: ${error.message.split('\n')[0]}`,
    }));
  }
  if (doc.contents === null) {
    return [];
  }
  if (!isSeq(doc.contents)) {
    return [
      {
        file,
        line: 1,
        message: 'the file must be a list of devices (- name: ...)',
      },
    ];
  }
  const problems: InventoryProblem[] = [];
  const rows: Row[] = [];
  for (const item of doc.contents.items) {
    const line = lineCounter.linePos(item.range?.[0] ?? 0).line;
    if (!isMap(item)) {
      problems.push({
        file,
        line,
        message: 'each device must be a map of columns',
      });
      continue;
    }
    const row: InventoryRow = {};
    for (const [key, value] of Object.entries(item.toJSON() as object)) {
      if (Array.isArray(value) && value.every(v => typeof v !== 'object')) {
        row[key] = value.map(String);
      } else if (value !== null && typeof value === 'object') {
        problems.push({
          file,
          line,
          message: `${key} must be text or a list of text`,
        });
      } else if (value !== null && value !== undefined) {
        row[key] = String(value);
      }
    }
    rows.push({ line, row });
  }
  return problems.length > 0 ? problems : rows;
}

/**
 * Reads an inventory file (CSV with a header row, or a YAML list) into
 * Resource entities, or says every problem that keeps it from being
 * imported: a file imports whole or not at all.
 */
export function parseInventoryFile(options: {
  file: string;
  text: string;
  /** The location the entities are managed by, e.g. `file:/srv/inventory.csv`. */
  location: string;
}): { entities: Entity[]; problems: InventoryProblem[] } {
  const { file, text, location } = options;
  let read: Row[] | InventoryProblem[];
  if (/\.csv$/i.test(file)) {
    read = readCsv(text, file);
  } else if (/\.ya?ml$/i.test(file)) {
    read = readYaml(text, file);
  } else {
    read = [
      {
        file,
        line: 0,
        message: 'an inventory file must end in .csv, .yaml or .yml',
      },
    ];
  }
  if (read.some(r => 'message' in r)) {
    return { entities: [], problems: read as InventoryProblem[] };
  }
  const entities: Entity[] = [];
  const problems: InventoryProblem[] = [];
  const lineOfName = new Map<string, number>();
  for (const { line, row } of read as Row[]) {
    const result = inventoryRowToEntity(row, { location, line });
    if ('problems' in result) {
      problems.push(
        ...result.problems.map(message => ({ file, line, message })),
      );
      continue;
    }
    const name = result.entity.metadata.name.toLowerCase();
    const earlier = lineOfName.get(name);
    if (earlier !== undefined) {
      problems.push({
        file,
        line,
        message: `name '${result.entity.metadata.name}' is already used on line ${earlier}`,
      });
      continue;
    }
    lineOfName.set(name, line);
    entities.push(result.entity);
  }
  return problems.length > 0
    ? { entities: [], problems }
    : { entities, problems };
}
