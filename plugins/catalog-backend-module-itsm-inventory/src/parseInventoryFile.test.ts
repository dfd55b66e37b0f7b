import { parseInventoryFile } from './parseInventoryFile';

const location = 'file:/srv/inventory/devices.csv';

function parse(file: string, text: string) {
  return parseInventoryFile({ file, text, location });
}

const goodCsv = `name,type,owner,title,system,environment,location,model,supplier,version,serialNumber,dependsOn,dependencyOf
srv-batch-01,server,network-ops,Batch Server 01,shared-infrastructure,production,dc-west,PowerEdge R660,Dell,RHEL 9.4,CN0193,resource:core-switch-01;resource:san-array-01,component:reporting-service
fw-edge-01,network-device,group:default/network-ops,Edge Firewall 01,,production,dc-west,PA-3430,Palo Alto Networks,PAN-OS 11.1,,,resource:default/lb-edge-01
`;

describe('parseInventoryFile', () => {
  it('reads a CSV file into Resource entities with their relations and CI data', () => {
    const { entities, problems } = parse('devices.csv', goodCsv);
    expect(problems).toEqual([]);
    expect(entities).toHaveLength(2);
    expect(entities[0]).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'srv-batch-01',
        namespace: 'default',
        title: 'Batch Server 01',
        labels: { environment: 'production', location: 'dc-west' },
        annotations: {
          'backstage.io/managed-by-location': location,
          'backstage.io/managed-by-origin-location': location,
          'itsm/inventory-line': '2',
          'itsm/model': 'PowerEdge R660',
          'itsm/supplier': 'Dell',
          'itsm/version': 'RHEL 9.4',
          'itsm/serial': 'CN0193',
        },
      },
      spec: {
        type: 'server',
        owner: 'group:default/network-ops',
        system: 'system:default/shared-infrastructure',
        dependsOn: [
          'resource:default/core-switch-01',
          'resource:default/san-array-01',
        ],
        dependencyOf: ['component:default/reporting-service'],
      },
    });
    expect(entities[1].spec).toEqual({
      type: 'network-device',
      owner: 'group:default/network-ops',
      dependencyOf: ['resource:default/lb-edge-01'],
    });
    expect(entities[1].metadata.annotations!['itsm/inventory-line']).toBe('3');
  });

  it('reads a YAML list the same way, with lists for relations', () => {
    const { entities, problems } = parse(
      'devices.yaml',
      `# storage
- name: backup-array-01
  type: storage
  owner: dba-team
  version: 9.13
  dependsOn:
    - resource:core-switch-01

- name: ups-dc-west
  type: power
  owner: network-ops
`,
    );
    expect(problems).toEqual([]);
    expect(
      entities.map(e => [
        e.metadata.name,
        e.metadata.annotations!['itsm/inventory-line'],
      ]),
    ).toEqual([
      ['backup-array-01', '2'],
      ['ups-dc-west', '9'],
    ]);
    expect(entities[0].metadata.annotations!['itsm/version']).toBe('9.13');
    expect(entities[0].spec!.dependsOn).toEqual([
      'resource:default/core-switch-01',
    ]);
  });

  it('refuses the whole file when a row is bad, naming each problem with its line and column', () => {
    const { entities, problems } = parse(
      'devices.csv',
      `name,type,owner,dependsOn
srv-ok-01,server,network-ops,
srv-no-owner,server,,
Bad Name!,server,network-ops,
srv-bad-ref,server,network-ops,core-switch-01
`,
    );
    expect(entities).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'devices.csv',
        line: 3,
        message: 'owner is required (a group, e.g. dba-team)',
      },
      {
        file: 'devices.csv',
        line: 4,
        message: expect.stringContaining(
          "name 'Bad Name!' is not a valid entity name",
        ),
      },
      {
        file: 'devices.csv',
        line: 5,
        message: expect.stringContaining(
          "dependsOn 'core-switch-01' is not an entity ref with its kind",
        ),
      },
    ]);
  });

  it('names an unknown column once, on the header line', () => {
    const { problems } = parse(
      'devices.csv',
      'name,type,owner,vendor\nsrv-1,server,ops,Dell\n',
    );
    expect(problems).toEqual([
      {
        file: 'devices.csv',
        line: 1,
        message: expect.stringContaining("unknown column 'vendor'"),
      },
    ]);
  });

  it('refuses a name used twice, pointing at the first use', () => {
    const { problems } = parse(
      'devices.csv',
      'name,type,owner\nsrv-1,server,ops\nSRV-1,server,ops\n',
    );
    expect(problems).toEqual([
      {
        file: 'devices.csv',
        line: 3,
        message: "name 'SRV-1' is already used on line 2",
      },
    ]);
  });

  it.each([
    ['devices.csv', 'name,type,owner\nsrv-1,"server,ops\n', 'not valid CSV'],
    ['devices.yaml', '- name: a\n  type: [server\n', 'not valid YAML'],
    ['devices.yaml', 'name: a\n', 'must be a list of devices'],
    [
      'devices.yaml',
      '- name: a\n  type: server\n  owner: {group: ops}\n',
      'owner must be text',
    ],
    ['devices.json', '[]', 'must end in .csv, .yaml or .yml'],
  ])('refuses malformed %s (%j) saying %s', (file, text, message) => {
    const { entities, problems } = parse(file, text);
    expect(entities).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        message: expect.stringContaining(message),
      }),
    ]);
  });

  it('reads an empty file as no devices', () => {
    expect(parse('devices.yaml', '')).toEqual({ entities: [], problems: [] });
    expect(parse('devices.csv', 'name,type,owner\n')).toEqual({
      entities: [],
      problems: [],
    });
  });
});
