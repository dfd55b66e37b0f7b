import { ciBasicData } from './ciBasicData';

describe('ciBasicData', () => {
  it('reads name, version, model, specification and supplier from annotations', () => {
    expect(
      ciBasicData({
        metadata: {
          name: 'db-server-1',
          title: 'Database server 1',
          annotations: {
            'itsm/version': 'BIOS 2.4',
            'itsm/model': 'PowerEdge R750',
            'itsm/specification': '2x Xeon, 512 GB',
            'itsm/supplier': 'Dell',
            'itsm/serial': 'CN7016349A',
          },
        },
      }),
    ).toEqual({
      name: 'Database server 1',
      version: 'BIOS 2.4',
      model: 'PowerEdge R750',
      specification: '2x Xeon, 512 GB',
      supplier: 'Dell',
      serialNumber: 'CN7016349A',
    });
  });

  it('falls back to spec fields, and the annotation wins over them', () => {
    expect(
      ciBasicData({
        metadata: {
          name: 'core-switch',
          annotations: { 'itsm/model': 'C9300' },
        },
        spec: { model: 'ignored', supplier: 'Cisco', version: 17 },
      }),
    ).toEqual({ name: 'core-switch', model: 'C9300', supplier: 'Cisco' });
  });

  it('leaves out blank values', () => {
    expect(
      ciBasicData({
        metadata: { name: 'x', annotations: { 'itsm/supplier': '  ' } },
      }),
    ).toEqual({ name: 'x' });
  });
});
