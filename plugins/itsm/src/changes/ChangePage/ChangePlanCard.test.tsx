import { useState } from 'react';
import { identityApiRef } from '@backstage/core-plugin-api';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { Change } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import {
  aChange,
  aResponseError,
  mockItsmApi,
} from '../../testUtils/mockItsmApi';
import { ChangePlanCard } from './ChangePlanCard';

const implementing = aChange({
  state: 'implementing',
  version: 7,
  plan: [
    { title: 'Drain the nodes', done: false },
    { title: 'Roll out', done: false },
  ],
  allowed: { update: true, comment: true, workNote: true, respond: false },
});

/** The change after its steps `done` were ticked, at `version`. */
const ticked = (version: number, ...done: number[]): Change => ({
  ...implementing,
  version,
  plan: implementing.plan!.map((step, i) =>
    done.includes(i)
      ? { ...step, done: true, doneAt: new Date().toISOString() }
      : step,
  ),
});

/** A promise the test settles when it wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The card on a page that keeps the change it is given back. */
function Page(props: { onReloadNeeded: () => void }) {
  const [change, setChange] = useState(implementing);
  return (
    <ChangePlanCard
      change={change}
      onChanged={setChange}
      onReloadNeeded={props.onReloadNeeded}
    />
  );
}

async function renderCard() {
  const api = mockItsmApi();
  const onReloadNeeded = jest.fn();
  const identity = {
    getBackstageIdentity: async () => ({
      type: 'user' as const,
      userEntityRef: 'user:default/sam.agent',
      ownershipEntityRefs: ['user:default/sam.agent'],
    }),
    getProfileInfo: async () => ({}),
    getCredentials: async () => ({}),
    signOut: async () => {},
  };
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [identityApiRef, identity],
      ]}
    >
      <Page onReloadNeeded={onReloadNeeded} />
    </TestApiProvider>,
  );
  const box = (step: number) =>
    screen.getByRole('checkbox', { name: `Step ${step} done` });
  return { api, onReloadNeeded, box };
}

describe('ChangePlanCard', () => {
  it('ticks a step at once, before the server answers, and keeps it', async () => {
    const { api, box } = await renderCard();
    const answer = deferred<Change>();
    api.updateChangeStep.mockReturnValue(answer.promise);
    fireEvent.click(box(1));
    expect(box(1)).toBeChecked();
    await waitFor(() =>
      expect(api.updateChangeStep).toHaveBeenCalledWith('chg-id-1', {
        index: 0,
        done: true,
        version: 7,
      }),
    );
    expect(box(1)).toBeChecked();
    answer.resolve(ticked(8, 0));
    expect(await screen.findByText(/done/)).toBeInTheDocument();
    expect(box(1)).toBeChecked();
  });

  it('takes a refused tick back and says why', async () => {
    const { api, box, onReloadNeeded } = await renderCard();
    const answer = deferred<Change>();
    api.updateChangeStep.mockReturnValue(answer.promise);
    fireEvent.click(box(2));
    expect(box(2)).toBeChecked();
    answer.reject(
      await aResponseError(
        409,
        'ConflictError',
        'Steps are ticked off while CHG-1 is implemented; it is review',
      ),
    );
    expect(
      await screen.findByText(
        'Steps are ticked off while CHG-1 is implemented; it is review',
      ),
    ).toBeInTheDocument();
    expect(box(2)).not.toBeChecked();
    expect(onReloadNeeded).not.toHaveBeenCalled();
  });

  it('reloads the change when someone else changed it, and says so', async () => {
    const { api, box, onReloadNeeded } = await renderCard();
    api.updateChangeStep.mockRejectedValue(
      await aResponseError(409, 'ConflictError', 'CHG-1 was changed', {
        current: { ...implementing, version: 9 },
      }),
    );
    fireEvent.click(box(1));
    expect(
      await screen.findByText('Someone else changed CHG-1; reloaded'),
    ).toBeInTheDocument();
    expect(box(1)).not.toBeChecked();
    expect(onReloadNeeded).toHaveBeenCalledTimes(1);
  });

  it('sends quick ticks one after another, each on the version the last answer gave', async () => {
    const { api, box } = await renderCard();
    const first = deferred<Change>();
    api.updateChangeStep
      .mockReturnValueOnce(first.promise)
      .mockResolvedValueOnce(ticked(9, 0, 1));
    fireEvent.click(box(1));
    fireEvent.click(box(2));
    expect(box(1)).toBeChecked();
    expect(box(2)).toBeChecked();
    await waitFor(() => expect(api.updateChangeStep).toHaveBeenCalledTimes(1));
    // The second waits for the first's answer.
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(api.updateChangeStep).toHaveBeenCalledTimes(1);
    first.resolve(ticked(8, 0));
    await waitFor(() =>
      expect(api.updateChangeStep).toHaveBeenLastCalledWith('chg-id-1', {
        index: 1,
        done: true,
        version: 8,
      }),
    );
    await waitFor(() => expect(screen.getAllByText(/done/)).toHaveLength(2));
    expect(box(1)).toBeChecked();
    expect(box(2)).toBeChecked();
  });
});
