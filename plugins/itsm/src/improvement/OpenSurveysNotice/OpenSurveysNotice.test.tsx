import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { OpenSurveysNotice } from './OpenSurveysNotice';

describe('OpenSurveysNotice', () => {
  it('links to the newest survey waiting for the user', async () => {
    const api = mockItsmApi();
    api.listMySurveyInvitations.mockResolvedValue([
      {
        id: 'inv-2',
        surveyId: 'incident-closure',
        title: 'How did we do?',
        kind: 'after-closure',
        recordRef: 'INC-7',
        questions: [],
        sentAt: '2026-12-07T10:00:00.000Z',
      },
    ]);
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <OpenSurveysNotice />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText(/A short survey about INC-7 is waiting for you/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Answer it' })).toHaveAttribute(
      'href',
      '/itsm/surveys/inv-2',
    );
  });
});
