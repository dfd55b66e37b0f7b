import { diffCiSnapshots, snapshotOf } from './diffCiSnapshots';

const server = {
  metadata: {
    title: 'DB Server 01',
    labels: { environment: 'production' },
    annotations: {
      'itsm/model': 'PowerEdge R750',
      'itsm/inventory-line': '4',
      'backstage.io/managed-by-location': 'file:/inventory.csv',
    },
    tags: ['linux'],
  },
  spec: {
    type: 'server',
    owner: 'group:default/platform-team',
    dependsOn: ['resource:default/core-switch-01'],
    nested: { rack: { unit: 12 } },
  },
};

describe('snapshotOf', () => {
  it('flattens the tracked fields by path, keeping lists whole', () => {
    expect(snapshotOf(server)).toEqual({
      'metadata.title': 'DB Server 01',
      'metadata.labels.environment': 'production',
      'metadata.annotations.itsm/model': 'PowerEdge R750',
      'metadata.annotations.backstage.io/managed-by-location':
        'file:/inventory.csv',
      'metadata.tags': ['linux'],
      'spec.type': 'server',
      'spec.owner': 'group:default/platform-team',
      'spec.dependsOn': ['resource:default/core-switch-01'],
      'spec.nested.rack.unit': 12,
    });
  });
});

describe('diffCiSnapshots', () => {
  it('names each changed, added and removed field with its old and new value', () => {
    const after = snapshotOf({
      metadata: {
        ...server.metadata,
        title: 'Database Server 01',
        labels: {},
        annotations: {
          ...server.metadata.annotations,
          'itsm/version': 'RHEL 9.4',
        },
      },
      spec: {
        ...server.spec,
        dependsOn: [
          'resource:default/core-switch-01',
          'resource:default/san-array-01',
        ],
      },
    });
    expect(diffCiSnapshots(snapshotOf(server), after)).toEqual([
      { path: 'metadata.annotations.itsm/version', after: 'RHEL 9.4' },
      { path: 'metadata.labels.environment', before: 'production' },
      {
        path: 'metadata.title',
        before: 'DB Server 01',
        after: 'Database Server 01',
      },
      {
        path: 'spec.dependsOn',
        before: ['resource:default/core-switch-01'],
        after: [
          'resource:default/core-switch-01',
          'resource:default/san-array-01',
        ],
      },
    ]);
  });

  it('finds nothing when only untracked annotations moved', () => {
    const moved = {
      ...server,
      metadata: {
        ...server.metadata,
        annotations: {
          ...server.metadata.annotations,
          'itsm/inventory-line': '9',
        },
      },
    };
    expect(diffCiSnapshots(snapshotOf(server), snapshotOf(moved))).toEqual([]);
  });
});
