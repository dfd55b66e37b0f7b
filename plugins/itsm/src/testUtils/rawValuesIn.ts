import * as common from '@backstage-itsm/plugin-itsm-common';

/**
 * What people must not read on a page: a full entity ref
 * (`user:default/sam.agent`) instead of a name, or a stored workflow
 * value with an underscore (`in_progress`, `request_approval`) instead of
 * its label. Used by the component tests (`expectPlainWords`) and the
 * end-to-end journeys (test/e2e/plainWords.mjs).
 */
const ENTITY_REF =
  /\b(?:user|group|component|system|resource|api|domain|location|template):[a-z0-9-]+\/[a-z0-9._-]+/gi;

/**
 * Every value of itsm-common's tables with an underscore: the workflows'
 * states, actions and field choices, and the keys of every `...Labels`
 * table, so that a value added there is looked for too.
 */
export function snakeCaseValues(): string[] {
  const values = new Set<string>();
  const add = (keys: readonly string[]) =>
    keys.filter(key => key.includes('_')).forEach(key => values.add(key));
  for (const workflow of Object.values(common.workflows)) {
    if (!workflow) continue;
    add(workflow.states);
    for (const transition of workflow.transitions) {
      add([transition.action]);
      Object.values(transition.fieldChoices ?? {}).forEach(choices =>
        add(Object.keys(choices)),
      );
    }
  }
  for (const [name, table] of Object.entries(common)) {
    if (/Labels$/.test(name) && table && typeof table === 'object') {
      add(Object.keys(table));
    }
  }
  return [...values].sort();
}

const SNAKE_CASE = new RegExp(`\\b(?:${snakeCaseValues().join('|')})\\b`, 'g');

/** The raw values in a text, each with a little of the text around it. */
export function rawValuesIn(text: string): string[] {
  const found: string[] = [];
  for (const pattern of [ENTITY_REF, SNAKE_CASE]) {
    for (const match of text.matchAll(pattern)) {
      const from = Math.max(0, match.index - 40);
      const around = text
        .slice(from, match.index + match[0].length + 40)
        .replace(/\s+/g, ' ');
      found.push(`${match[0]} (in "…${around}…")`);
    }
  }
  return found;
}

/**
 * Fails a component test when what it rendered shows a raw entity ref or
 * a stored workflow value.
 */
export function expectPlainWords(element: HTMLElement = document.body) {
  expect(rawValuesIn(element.textContent ?? '')).toEqual([]);
}
