import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { ResponseError } from '@backstage/errors';
import { SurveyInvitation } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { SurveyPage } from './SurveyPage';

const invitation: SurveyInvitation = {
  id: 'inv-1',
  surveyId: 'incident-closure',
  title: 'How did we do?',
  kind: 'after-closure',
  recordRef: 'INC-7',
  questions: [
    {
      id: 'overall',
      text: 'How satisfied are you overall?',
      scale: 'rating',
      required: true,
      overall: true,
    },
    { id: 'fixed', text: 'Is it fixed?', scale: 'yes-no', required: true },
    { id: 'comment', text: 'Anything to add?', scale: 'text', required: false },
  ],
  sentAt: '2026-12-07T10:00:00.000Z',
};

async function renderPage(api: ReturnType<typeof mockItsmApi>) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [catalogApiRef, catalogApiMock()],
      ]}
    >
      <Routes>
        <Route path="/surveys/:id" element={<SurveyPage />} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: ['/surveys/inv-1'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

const notFound = async () =>
  ResponseError.fromResponse(
    new Response(
      JSON.stringify({ error: { name: 'NotFoundError', message: 'No' } }),
      { status: 404, headers: { 'Content-Type': 'application/json' } },
    ),
  );

describe('SurveyPage', () => {
  it('shows the questions on one screen and thanks the recipient once answered', async () => {
    const api = mockItsmApi();
    api.getSurveyInvitation.mockResolvedValue(invitation);
    api.answerSurveyInvitation.mockResolvedValue({
      ...invitation,
      answeredAt: '2026-12-07T11:00:00.000Z',
    });
    await renderPage(api);
    expect(await screen.findByText('How did we do?')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'INC-7' })).toBeInTheDocument();

    const overall = screen.getByRole('radiogroup', {
      name: /How satisfied are you overall/,
    });
    fireEvent.click(within(overall).getByLabelText('4'));
    fireEvent.click(
      within(
        screen.getByRole('radiogroup', { name: /Is it fixed/ }),
      ).getByLabelText('Yes'),
    );
    fireEvent.change(screen.getByLabelText('Anything to add?'), {
      target: { value: 'Quick, thanks' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send answer' }));

    expect(
      await screen.findByText('Thank you for your answer'),
    ).toBeInTheDocument();
    expect(api.answerSurveyInvitation).toHaveBeenCalledWith('inv-1', {
      overall: 4,
      fixed: true,
      comment: 'Quick, thanks',
    });
  });

  it('asks for the required questions before sending, and leaves empty text out', async () => {
    const api = mockItsmApi();
    api.getSurveyInvitation.mockResolvedValue(invitation);
    api.answerSurveyInvitation.mockResolvedValue(invitation);
    await renderPage(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Send answer' }));
    expect(
      screen.getByText('Please answer the required questions.'),
    ).toBeInTheDocument();
    expect(api.answerSurveyInvitation).not.toHaveBeenCalled();

    fireEvent.click(screen.getByLabelText('1 (very poor)'));
    fireEvent.click(screen.getByLabelText('No'));
    fireEvent.click(screen.getByRole('button', { name: 'Send answer' }));
    await screen.findByText('Thank you for your answer');
    expect(api.answerSurveyInvitation).toHaveBeenCalledWith('inv-1', {
      overall: 1,
      fixed: false,
    });
  });

  it('shows the thank-you for an invitation answered already', async () => {
    const api = mockItsmApi();
    api.getSurveyInvitation.mockResolvedValue({
      ...invitation,
      answeredAt: '2026-12-07T11:00:00.000Z',
    });
    await renderPage(api);
    expect(
      await screen.findByText('Thank you for your answer'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send answer' })).toBeNull();
  });

  it('says there is no such survey for someone else’s invitation', async () => {
    const api = mockItsmApi();
    api.getSurveyInvitation.mockRejectedValue(await notFound());
    await renderPage(api);
    expect(await screen.findByText('No such survey')).toBeInTheDocument();
  });

  it('shows the server’s message when an answer is refused', async () => {
    const api = mockItsmApi();
    api.getSurveyInvitation.mockResolvedValue(invitation);
    api.answerSurveyInvitation.mockRejectedValue(
      new Error('answers.overall must be a whole number from 1 to 5'),
    );
    await renderPage(api);
    fireEvent.click(await screen.findByLabelText('3'));
    fireEvent.click(screen.getByLabelText('Yes'));
    fireEvent.click(screen.getByRole('button', { name: 'Send answer' }));
    expect(
      await screen.findByText(
        'answers.overall must be a whole number from 1 to 5',
      ),
    ).toBeInTheDocument();
  });
});
