import { ConfigReader } from '@backstage/config';
import {
  defaultAlertIntakeSettings,
  priorityOfAlert,
  readAlertIntakeSettings,
} from './alertIntakeSettings';

describe('alert intake settings', () => {
  it('maps severities to priorities by default', () => {
    const settings = readAlertIntakeSettings(new ConfigReader({}));
    expect(settings).toEqual(defaultAlertIntakeSettings);
    const of = (severity?: string) =>
      priorityOfAlert(severity ? { severity } : {}, settings);
    expect(of('critical')).toBe('P1');
    expect(of('Critical')).toBe('P1');
    expect(of('error')).toBe('P2');
    expect(of('high')).toBe('P2');
    expect(of('warning')).toBe('P3');
    expect(of('info')).toBe('P4');
    expect(of('page-me-now')).toBe('P3');
    expect(of()).toBe('P3');
  });

  it('reads the label, the mapping and the default from itsm.alerts', () => {
    const settings = readAlertIntakeSettings(
      new ConfigReader({
        itsm: {
          alerts: {
            severityLabel: 'priority',
            severityPriority: { Page: 'P1', warning: 'P4' },
            defaultPriority: 'P2',
            entityLabel: 'component',
          },
        },
      }),
    );
    expect(settings.entityLabel).toBe('component');
    expect(priorityOfAlert({ priority: 'page' }, settings)).toBe('P1');
    expect(priorityOfAlert({ priority: 'warning' }, settings)).toBe('P4');
    expect(priorityOfAlert({ priority: 'critical' }, settings)).toBe('P1');
    expect(priorityOfAlert({ severity: 'critical' }, settings)).toBe('P2');
  });

  it('names a configured value that is not a priority', () => {
    expect(() =>
      readAlertIntakeSettings(
        new ConfigReader({
          itsm: { alerts: { severityPriority: { critical: 'urgent' } } },
        }),
      ),
    ).toThrow(
      'itsm.alerts.severityPriority.critical must be one of P1, P2, P3, P4, not "urgent"',
    );
    expect(() =>
      readAlertIntakeSettings(
        new ConfigReader({ itsm: { alerts: { defaultPriority: 'P9' } } }),
      ),
    ).toThrow(/itsm.alerts.defaultPriority/);
  });
});
