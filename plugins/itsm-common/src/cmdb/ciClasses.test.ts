import {
  CiClassRule,
  classifyEntity,
  formatCiClass,
  parseCiClass,
} from './ciClasses';

function entity(
  kind: string,
  type?: string,
  annotations?: Record<string, string>,
) {
  return {
    kind,
    metadata: { name: 'x', ...(annotations ? { annotations } : {}) },
    ...(type ? { spec: { type } } : {}),
  };
}

describe('classifyEntity', () => {
  it.each([
    ['Resource', 'server', 'hardware/server'],
    ['Resource', 'network-device', 'hardware/network-device'],
    ['Resource', 'storage', 'hardware/storage'],
    ['Resource', 'database', 'software/database'],
    ['Resource', 's3-bucket', 'other/s3-bucket'],
    ['Component', 'service', 'software/service'],
    ['Component', 'website', 'software/website'],
    ['API', 'openapi', 'software/api'],
    ['System', undefined, 'service/system'],
    ['Domain', undefined, 'service/domain'],
  ])('maps %s of type %s to %s', (kind, type, expected) => {
    const c = classifyEntity(entity(kind, type));
    expect(formatCiClass(c)).toBe(expected);
    expect(c.source).toBe('rule');
  });

  it('matches kind and type whatever their case', () => {
    expect(formatCiClass(classifyEntity(entity('resource', 'SERVER')))).toBe(
      'hardware/server',
    );
  });

  it('lets the annotation override the mapping', () => {
    const c = classifyEntity(
      entity('Component', 'website', { 'itsm/ci-class': 'Document/Runbook' }),
    );
    expect(c).toEqual({
      class: 'document',
      subclass: 'runbook',
      source: 'annotation',
    });
  });

  it('ignores an annotation that names no class and falls back to the rules', () => {
    const c = classifyEntity(
      entity('Resource', 'server', { 'itsm/ci-class': 'gadget' }),
    );
    expect(c).toEqual({
      class: 'hardware',
      subclass: 'server',
      source: 'rule',
    });
  });

  it('applies configured rules before the built-in ones', () => {
    const rules: CiClassRule[] = [
      {
        kind: 'Resource',
        type: 'database',
        class: 'hardware',
        subclass: 'db-appliance',
      },
      { kind: 'Template', class: 'document' },
    ];
    expect(
      formatCiClass(classifyEntity(entity('Resource', 'database'), rules)),
    ).toBe('hardware/db-appliance');
    expect(
      formatCiClass(classifyEntity(entity('Template', 'service'), rules)),
    ).toBe('document/service');
  });

  it('classes an unmapped kind as other, saying no rule matched', () => {
    expect(classifyEntity(entity('Location'))).toEqual({
      class: 'other',
      source: 'none',
    });
  });
});

describe('parseCiClass', () => {
  it('reads class and subclass, and refuses unknown classes', () => {
    expect(parseCiClass(' hardware ')).toEqual({ class: 'hardware' });
    expect(parseCiClass('hardware/rack/unit')).toEqual({
      class: 'hardware',
      subclass: 'rack/unit',
    });
    expect(parseCiClass('furniture/chair')).toBeUndefined();
  });
});
