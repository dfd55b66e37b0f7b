// The benchmark's data set, named once for the seed, the measures and the
// benchmark backend's catalog: components service-0..M-1, each owned by
// one of GROUPS teams, and incidents spread over them. CommonJS, so the
// TypeScript parts (run through Backstage's CommonJS transform) load it too.

/** How many support groups the seeded incidents are spread over. */
const GROUPS = 50;

/** The open states of the incident workflow (what a queue shows). */
const OPEN_STATES = ['new', 'accepted', 'in_progress', 'on_hold'];

function entityRef(i) {
  return `component:default/service-${i}`;
}

function groupRef(i) {
  return `group:default/team-${i}`;
}

/** The team that owns component i (and works its incidents). */
function ownerOf(i) {
  return groupRef(i % GROUPS);
}

module.exports = { GROUPS, OPEN_STATES, entityRef, groupRef, ownerOf };
