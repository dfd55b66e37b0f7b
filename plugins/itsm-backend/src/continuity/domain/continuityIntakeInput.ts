/**
 * What every new continuity record may say besides its title, description
 * and entities: its owner (each type reads its own fields itself).
 */
export type ContinuityIntakeInput = {
  owner?: string;
};
