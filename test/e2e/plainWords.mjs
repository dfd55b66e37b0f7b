// People read words, not stored values: a page that shows an entity ref
// (`user:default/sam.agent`) or a workflow value with an underscore
// (`in_progress`, `request_approval`) instead of its name or label fails
// the journey, naming the page and the text. What counts as raw is the
// frontend's component-test helper (plugins/itsm/src/testUtils/
// rawValuesIn.ts), which reads itsm-common's workflow and label tables.
import path from 'node:path';
import { requireFromRoot, root } from '../lib/backendProcess.mjs';

requireFromRoot('@backstage/cli/config/nodeTransform.cjs');
const { rawValuesIn } = requireFromRoot(
  path.join(root, 'plugins/itsm/src/testUtils/rawValuesIn.ts'),
);

/**
 * What is not the plugins' to say, and is let through: Backstage's own
 * catalog results on the search page print an entity's `spec.owner` as
 * written ("Owner: group:default/payments-team").
 */
const notOurs = [{ page: /\/search\b/, text: /Owner: (user|group):\S+ / }];

/**
 * Fails when the visible text of the page (not its addresses or
 * attributes) shows a raw entity ref or snake_case workflow value; with
 * `E2E_PLAIN_WORDS=warn` it only prints them, to list every finding of a
 * run.
 */
export async function expectPlainWords(page, where = '') {
  if (page.isClosed() || page.url() === 'about:blank') return;
  const text = await page
    .evaluate(() => document.body?.innerText ?? '')
    .catch(() => '');
  const found = rawValuesIn(text).filter(
    finding =>
      !notOurs.some(
        rule => rule.page.test(page.url()) && rule.text.test(finding),
      ),
  );
  if (found.length === 0) return;
  const message = `${page.url()}${
    where ? ` (${where})` : ''
  } shows raw values: ${[...new Set(found)].join('; ')}`;
  if (process.env.E2E_PLAIN_WORDS === 'warn') {
    console.error(`  words: ${message}`);
    return;
  }
  throw new Error(message);
}

/**
 * Makes every page the journeys visit checked: before `page.goto` leaves
 * it and before each screenshot. (Each step's end is checked by `step`.)
 */
export function checkEveryPage(page) {
  for (const method of ['goto', 'screenshot']) {
    const original = page[method].bind(page);
    page[method] = async (...args) => {
      await expectPlainWords(page, `before ${method}`);
      return original(...args);
    };
  }
}
