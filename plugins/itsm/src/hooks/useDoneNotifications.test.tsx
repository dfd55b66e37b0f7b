import { renderHook } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import {
  NotificationsApi,
  notificationsApiRef,
} from '@backstage/plugin-notifications';
import { PropsWithChildren } from 'react';
import { useDoneNotifications } from './useDoneNotifications';

function withNotifications(unread: string[], failing = false) {
  const notifications = {
    getNotifications: jest.fn(async () => {
      if (failing) throw new Error('notifications backend down');
      return {
        notifications: unread.map(id => ({ id })),
        totalCount: unread.length,
      };
    }),
    updateNotifications: jest.fn(async () => []),
  };
  const wrapper = ({ children }: PropsWithChildren) => (
    <TestApiProvider
      apis={[
        [notificationsApiRef, notifications as unknown as NotificationsApi],
      ]}
    >
      {children}
    </TestApiProvider>
  );
  const { result } = renderHook(() => useDoneNotifications(), { wrapper });
  return { markDone: result.current, notifications };
}

describe('useDoneNotifications', () => {
  it("marks read the user's unread notifications about the record", async () => {
    const { markDone, notifications } = withNotifications(['n-1', 'n-2']);
    await markDone('INC-7');
    expect(notifications.getNotifications).toHaveBeenCalledWith({
      topic: 'INC-7',
      read: false,
    });
    expect(notifications.updateNotifications).toHaveBeenCalledWith({
      ids: ['n-1', 'n-2'],
      read: true,
    });
  });

  it('writes nothing when none is unread', async () => {
    const { markDone, notifications } = withNotifications([]);
    await markDone('INC-7');
    expect(notifications.updateNotifications).not.toHaveBeenCalled();
  });

  it('never fails the action it follows', async () => {
    const { markDone } = withNotifications(['n-1'], true);
    await expect(markDone('INC-7')).resolves.toBeUndefined();
  });

  it('does nothing in a portal without the notifications plugin', async () => {
    const { result } = renderHook(() => useDoneNotifications());
    await expect(result.current('INC-7')).resolves.toBeUndefined();
  });
});
