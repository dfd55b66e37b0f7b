import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { SurveyResults } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { SurveysTab } from './SurveysTab';

const survey = {
  id: 'incident-closure',
  title: 'How did we do?',
  kind: 'after-closure' as const,
  questions: [
    {
      id: 'overall',
      text: 'Overall',
      scale: 'rating' as const,
      required: true,
      overall: true,
    },
    {
      id: 'fixed',
      text: 'Is it fixed?',
      scale: 'yes-no' as const,
      required: true,
    },
    {
      id: 'comment',
      text: 'Anything to add?',
      scale: 'text' as const,
      required: false,
    },
  ],
};

const results: SurveyResults = {
  survey,
  period: '2026-12',
  sent: 4,
  answered: 2,
  responseRate: 50,
  overallMean: 2.5,
  questions: [
    { id: 'overall', text: 'Overall', scale: 'rating', count: 2, mean: 2.5 },
    { id: 'fixed', text: 'Is it fixed?', scale: 'yes-no', count: 2, mean: 50 },
    {
      id: 'comment',
      text: 'Anything to add?',
      scale: 'text',
      count: 1,
      mean: null,
    },
  ],
  comments: [
    {
      invitationId: 'inv-9',
      questionId: 'comment',
      text: 'Took a week to hear back',
      overallRating: 1,
      recordRef: 'INC-9',
      answeredAt: '2026-12-07T11:00:00.000Z',
    },
  ],
};

describe('SurveysTab', () => {
  it('shows a survey’s figures, means and comments, and raises an improvement from a comment', async () => {
    const api = mockItsmApi();
    api.listSurveys.mockResolvedValue([survey]);
    api.getSurveyResults.mockResolvedValue(results);
    api.createImprovementRecord.mockResolvedValue({ ref: 'IMP-3' } as any);
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [itsmApiRef, api],
          [catalogApiRef, catalogApiMock()],
        ]}
      >
        <SurveysTab />
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(await screen.findByText('50%')).toBeInTheDocument();
    expect(screen.getByTestId('question-overall')).toHaveTextContent(
      '2.5 of 5',
    );
    expect(screen.getByTestId('question-fixed')).toHaveTextContent('50% yes');
    const comment = screen.getByTestId('comment-inv-9');
    expect(comment).toHaveTextContent('Took a week to hear back');
    expect(
      within(comment).getByRole('link', { name: 'INC-9' }),
    ).toBeInTheDocument();
    expect(api.getSurveyResults).toHaveBeenCalledWith('incident-closure', {
      period: expect.stringMatching(/^\d{4}-\d{2}$/),
    });

    fireEvent.click(
      within(comment).getByRole('button', { name: 'Raise an improvement' }),
    );
    expect(screen.getByLabelText(/Title/)).toHaveValue(
      'Survey feedback: Took a week to hear back',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Raise' }));
    expect(await screen.findByText('Raised IMP-3')).toBeInTheDocument();
    expect(api.createImprovementRecord).toHaveBeenCalledWith('improvement', {
      title: 'Survey feedback: Took a week to hear back',
      description: expect.stringContaining(
        'After INC-9, a survey answer rated 1 of 5',
      ),
      entityRefs: [],
      source: 'survey',
      sourceRef: 'inv-9',
    });
  });

  it('says when no survey is configured', async () => {
    const api = mockItsmApi();
    api.listSurveys.mockResolvedValue([]);
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <SurveysTab />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText('No surveys configured'),
    ).toBeInTheDocument();
  });
});
