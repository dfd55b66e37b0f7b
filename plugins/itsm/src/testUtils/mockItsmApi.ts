import { ResponseError } from '@backstage/errors';
import { Incident } from '@backstage-itsm/plugin-itsm-common';
import { ItsmApi } from '../api/ItsmApi';

/** An ItsmApi whose every method is a jest mock. */
export function mockItsmApi(): jest.Mocked<ItsmApi> {
  return {
    listIncidents: jest.fn(),
    countIncidents: jest.fn(),
    getIncident: jest.fn(),
    createIncident: jest.fn(),
    transitionIncident: jest.fn(),
    updateIncident: jest.fn(),
    commentOnIncident: jest.fn(),
    getIncidentTimeline: jest.fn(),
    bulkAssignIncidents: jest.fn(),
    getIncidentStatistics: jest.fn(),
    listIncidentLinks: jest.fn(),
    linkIncident: jest.fn(),
    escalateIncident: jest.fn(),
    requestIncidentPriority: jest.fn(),
    decideIncidentPriority: jest.fn(),
    declareMajorIncident: jest.fn(),
    reviewIncident: jest.fn(),
    analyzeImpact: jest.fn(),
    listCiChanges: jest.fn(),
    listConfigurationItems: jest.fn(),
    getConfigurationReport: jest.fn(),
  };
}

/** An incident with sensible defaults. */
export function anIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'id-1',
    ref: 'INC-1',
    type: 'incident',
    version: 1,
    state: 'new',
    title: 'Checkout fails',
    description: 'Every payment is refused',
    priority: 'P3',
    entityRefs: ['component:default/payments'],
    createdBy: 'user:default/jane',
    createdAt: new Date(Date.now() - 5 * 60 * 1000).toISOString(),
    updatedAt: new Date(Date.now() - 5 * 60 * 1000).toISOString(),
    ...overrides,
  };
}

/** The error ItsmClient rejects with when the server answers `status`. */
export function aResponseError(
  status: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        response: { statusCode: status },
      }),
      {
        status,
        statusText: name,
        headers: { 'content-type': 'application/json' },
      },
    ),
  );
}
