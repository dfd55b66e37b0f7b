import {
  IndicatorId,
  isIndicatorId,
  monthOf,
  monthPeriod,
} from '@backstage-itsm/plugin-itsm-common';
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  IndicatorReader,
  IndicatorScope,
} from '../indicators/IndicatorComputation';

/**
 * Whose figure an improvement item is measured by: its first entity's, as
 * a service, else the portal's.
 */
export function improvementScopeOf(entityRefs: readonly string[]): {
  kind: 'portal' | 'service';
  ref?: string;
} & IndicatorScope {
  return entityRefs[0]
    ? { kind: 'service', ref: entityRefs[0] }
    : { kind: 'portal' };
}

/**
 * The baseline of an improvement item that names an indicator and none
 * (§10.2.2): the indicator's figure of the last complete month, for the
 * item's scope. Without an indicator reader, or a figure, there is none;
 * a reader that fails leaves the item without one (logged), since a
 * proposal is no reason to fail.
 */
export class ImprovementBaseline {
  constructor(
    private readonly deps: {
      indicators?: IndicatorReader;
      logger?: LoggerService;
      now?: () => Date;
    },
  ) {}

  async of(
    indicatorId: string,
    entityRefs: readonly string[],
  ): Promise<number | undefined> {
    const { indicators } = this.deps;
    if (!indicators || !isIndicatorId(indicatorId)) return undefined;
    const month = monthOf(this.deps.now?.() ?? new Date(), -1);
    try {
      const figure = await indicators.value(
        indicatorId as IndicatorId,
        monthPeriod(month),
        improvementScopeOf(entityRefs),
      );
      return figure.value ?? undefined;
    } catch (error) {
      this.deps.logger?.warn(
        `No baseline for ${indicatorId} of ${month}: ${error}`,
      );
      return undefined;
    }
  }
}
