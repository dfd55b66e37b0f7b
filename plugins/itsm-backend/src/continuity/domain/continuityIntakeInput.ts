/**
 * What a new continuity record says besides its title, description and
 * entities: its owner, and each type's own fields (a risk's area, an
 * exercise's kind).
 */
export type ContinuityIntakeInput = {
  owner?: string;
  area?: string;
  kind?: string;
  window?: { start?: string; end?: string };
};
