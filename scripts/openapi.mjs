#!/usr/bin/env node
// Generates the code that follows from the API contract,
// plugins/itsm-backend/src/schema/openapi.yaml:
//   - plugins/itsm-backend/src/schema/openapi.generated.ts, the spec as a
//     TypeScript const for the validating router;
//   - plugins/itsm-common/src/generated/openapi.ts, the request and response
//     types the typed client uses (openapi-typescript).
// With --check it writes nothing and fails when a generated file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import openapiTS, { astToString } from 'openapi-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specPath = path.join(
  root,
  'plugins/itsm-backend/src/schema/openapi.yaml',
);
const check = process.argv.includes('--check');
const header = `// Generated from plugins/itsm-backend/src/schema/openapi.yaml by \`yarn openapi\`. Do not edit.\n`;

const spec = YAML.parse(fs.readFileSync(specPath, 'utf8'));
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
