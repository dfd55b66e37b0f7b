#!/usr/bin/env node
// Generates the code that follows from the API contract,
// plugins/itsm-backend/src/schema/openapi.yaml:
//   - plugins/itsm-backend/src/schema/openapi.generated.ts, the spec as a
//     TypeScript const for the validating router;
//   - plugins/itsm-common/src/generated/openapi.ts, the request and response
//     types the typed client uses (openapi-typescript).
// The contract is the main file plus the parts of the processes that keep
// their own (plugins/itsm-backend/src/<process>/router/<process>.openapi.yaml:
// tags, paths and components merged in; a name given twice fails). A part
// may declare `x-record-collections`: record types served by the shared
// record routes (core/router/mountRecordRoutes.ts), whose nine operations
// are written here from one template (recordCollectionPaths.mjs).
// With --check it writes nothing and fails when a generated file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import openapiTS, { astToString } from 'openapi-typescript';
import { recordCollectionPaths } from './recordCollectionPaths.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specPath = path.join(
  root,
  'plugins/itsm-backend/src/schema/openapi.yaml',
);
const check = process.argv.includes('--check');
const header = `// Generated from plugins/itsm-backend/src/schema/openapi.yaml by \`yarn openapi\`. Do not edit.\n`;

const spec = YAML.parse(fs.readFileSync(specPath, 'utf8'));
const backendSrc = path.join(root, 'plugins/itsm-backend/src');
for (const process of fs.readdirSync(backendSrc).sort()) {
  const routerDir = path.join(backendSrc, process, 'router');
  if (!fs.existsSync(routerDir)) continue;
  for (const file of fs.readdirSync(routerDir).sort()) {
    if (!file.endsWith('.openapi.yaml')) continue;
    mergePart(
      YAML.parse(fs.readFileSync(path.join(routerDir, file), 'utf8')),
      `${process}/router/${file}`,
    );
  }
}

/** Merges a process's part of the contract into the spec. */
function mergePart(part, name) {
  const paths = { ...part.paths };
  for (const collection of part['x-record-collections'] ?? []) {
    Object.assign(paths, recordCollectionPaths(collection));
  }
  spec.tags = [...(spec.tags ?? []), ...(part.tags ?? [])];
  mergeInto(spec.paths, paths, `${name}: path`);
  for (const [section, entries] of Object.entries(part.components ?? {})) {
    spec.components[section] ??= {};
    mergeInto(spec.components[section], entries, `${name}: ${section}`);
  }
}

function mergeInto(target, entries, what) {
  for (const [key, value] of Object.entries(entries ?? {})) {
    if (key in target) throw new Error(`${what} ${key} is declared twice`);
    target[key] = value;
  }
}
const outputs = {
  'plugins/itsm-backend/src/schema/openapi.generated.ts': `${header}/* eslint-disable */\nexport const spec = ${JSON.stringify(
    spec,
    null,
    2,
  )} as const;\n`,
  'plugins/itsm-common/src/generated/openapi.ts': `${header}/* eslint-disable */\n${astToString(
    await openapiTS(spec, { alphabetize: false }),
  )}`,
};

let stale = 0;
for (const [file, content] of Object.entries(outputs)) {
  const target = path.join(root, file);
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current === content) continue;
  if (check) {
    console.error(`${file} is out of date: run \`yarn openapi\``);
    stale++;
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale ? 1 : 0);
