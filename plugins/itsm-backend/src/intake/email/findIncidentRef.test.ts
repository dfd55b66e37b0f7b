import { findIncidentRef } from './findIncidentRef';

describe('findIncidentRef', () => {
  it.each([
    ['Re: [INC-42] Checkout down', 'INC-42'],
    ['RE: AW: inc-7 printer', 'INC-7'],
    ['Fwd: (INC-3)', 'INC-3'],
    ['INC-12: follow-up', 'INC-12'],
  ])('finds the incident in %p', (subject, ref) => {
    expect(findIncidentRef(subject)).toBe(ref);
  });

  it.each(['Checkout down', 'PINC-4 is not ours', 'INC-0', 'INC-', 'CHG-4'])(
    'finds none in %p',
    subject => {
      expect(findIncidentRef(subject)).toBeUndefined();
    },
  );
});
