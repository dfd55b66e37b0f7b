import { ALWAYS } from './businessTime';
import { SlaAgreement, selectSla, SlaSettings } from './selectSla';

const agreement = (
  id: string,
  scope: Partial<SlaAgreement> = {},
): SlaAgreement => ({
  id,
  name: id,
  entityRefs: [],
  systemRefs: [],
  categories: [],
  objectives: { P1: { restore: 240, calendar: ALWAYS } },
  ...scope,
});

const settings: SlaSettings = {
  agreements: [
    agreement('by-category', { categories: ['network'] }),
    agreement('by-system', { systemRefs: ['system:default/payments'] }),
    agreement('by-entity', { entityRefs: ['component:default/checkout'] }),
    agreement('second-by-entity', {
      entityRefs: ['component:default/checkout'],
    }),
    agreement('gold'),
    agreement('standard'),
  ],
  calendars: new Map([[ALWAYS.id, ALWAYS]]),
  defaultAgreement: 'standard',
  onBreach: { action: 'none' },
};

const pick = (subject: Parameters<typeof selectSla>[1]) => {
  const found = selectSla(settings, subject);
  return found && [found.agreement.id, found.match];
};

describe('selectSla', () => {
  const everything = {
    annotation: 'gold',
    entityRef: 'component:default/checkout',
    systemRef: 'system:default/payments',
    category: 'network',
  };

  it('takes the most specific rule: annotation, entity, system, category, default', () => {
    expect(pick(everything)).toEqual(['gold', 'annotation']);
    expect(pick({ ...everything, annotation: undefined })).toEqual([
      'by-entity',
      'entity',
    ]);
    expect(
      pick({ ...everything, annotation: undefined, entityRef: 'x' }),
    ).toEqual(['by-system', 'system']);
    expect(pick({ category: 'network' })).toEqual(['by-category', 'category']);
    expect(pick({ entityRef: 'component:default/other' })).toEqual([
      'standard',
      'default',
    ]);
  });

  it('takes the first configured agreement among those of one rule', () => {
    expect(pick({ entityRef: 'component:default/checkout' })).toEqual([
      'by-entity',
      'entity',
    ]);
  });

  it('passes over an annotation naming no agreement', () => {
    expect(
      pick({ annotation: 'platinum', entityRef: 'component:default/checkout' }),
    ).toEqual(['by-entity', 'entity']);
  });

  it('finds nothing without a default', () => {
    expect(
      selectSla({ ...settings, defaultAgreement: undefined }, {}),
    ).toBeUndefined();
  });
});
