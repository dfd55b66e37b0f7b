import type {
  CiChangePage,
  CiPage,
  CiReport,
  ImpactAnalysis,
} from '@backstage-itsm/plugin-itsm-common';

/**
 * Which configuration items to list, and which page of them.
 *
 * @public
 */
export type ListConfigurationItemsOptions = {
  /** A class or class/subclass: `hardware` includes `hardware/server`. */
  class?: string;
  kind?: string;
  type?: string;
  /** The owner's entity ref. */
  owner?: string;
  system?: string;
  lifecycle?: string;
  /** Words in the title or entity ref. */
  q?: string;
  /** A tracked field and its value: `metadata.annotations.itsm/supplier=Dell`. */
  attribute?: string;
  limit?: number;
  cursor?: string;
};

/**
 * The configuration management part of the {@link ItsmApi} (chapter 6):
 * configuration items, their impact, their changes and the status report.
 *
 * @public
 */
export interface CmdbApi {
  /**
   * What depends, transitively, on the given entities (to `depth` steps,
   * default 5), or what they rely on, with the owners as stakeholders.
   */
  analyzeImpact(options: {
    entityRefs: string[];
    depth?: number;
    /** `downstream` (default): what depends on them; `upstream`: what they rely on. */
    direction?: 'downstream' | 'upstream';
  }): Promise<ImpactAnalysis>;
  /** Configuration items from the CMDB's index, in entity ref order. */
  listConfigurationItems(
    options: ListConfigurationItemsOptions,
  ): Promise<CiPage>;
  /** The configuration status report (§6.3.3). */
  getConfigurationReport(options: { staleDays?: number }): Promise<CiReport>;
  /** Changes to configuration items, newest first (§6.2). */
  listCiChanges(options: {
    entityRef?: string;
    unauthorized?: boolean;
    limit?: number;
    cursor?: string;
  }): Promise<CiChangePage>;
}
