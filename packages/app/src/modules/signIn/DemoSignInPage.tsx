import {
  Content,
  ErrorPanel,
  Header,
  Page,
  Progress,
  ProxiedSignInPage,
} from '@backstage/core-components';
import { SignInPageProps } from '@backstage/plugin-app-react';
import { Box, Button, Typography } from '@material-ui/core';
import { ReactNode, useCallback, useState } from 'react';
import { DemoUserPicker } from './DemoUserPicker';
import { demoUserStorage } from './demoUserStorage';
import { DEMO_PROVIDER_ID, DEMO_USER_HEADER } from './types';
import { useDemoUsers } from './useDemoUsers';
import { withDemoSignOut } from './withDemoSignOut';

const TITLE = 'Acme IT Service Portal';

const SignInLayout = (props: { children: ReactNode }) => (
  <Page themeId="home">
    <Header title={TITLE} subtitle="Demo sign-in" pageTitleOverride="Sign in" />
    <Content>{props.children}</Content>
  </Page>
);

const DemoUserChooser = (props: { onPick(name: string): void }) => {
  const state = useDemoUsers();

  switch (state.status) {
    case 'loading':
      return <Progress />;
    case 'disabled':
      return (
        <Typography>
          Demo sign-in is not enabled on this server (it needs{' '}
          <code>auth.providers.demo</code> for the current auth environment).
        </Typography>
      );
    case 'error':
      return (
        <>
          <ErrorPanel
            title="Could not load the demo users"
            error={state.error}
          />
          <Box mt={2}>
            <Button variant="outlined" onClick={state.retry}>
              Retry
            </Button>
          </Box>
        </>
      );
    default:
      return (
        <>
          <Box mb={2}>
            <Typography variant="h5" component="h2" gutterBottom>
              Who are you today?
            </Typography>
            <Typography color="textSecondary">
              This is a demo portal: sign in as anyone in the Acme catalog, no
              password needed. Service desk agents work the queues, team leads
              own services, CAB members approve changes. Use "Switch user" in
              the sidebar to come back here.
            </Typography>
          </Box>
          <DemoUserPicker
            users={state.users}
            onPick={user => props.onPick(user.name)}
          />
        </>
      );
  }
};

/**
 * Signs in as the chosen user through the proxy provider. On failure (user
 * gone from the catalog, backend restarting) offers a retry and the picker.
 */
const DemoUserSession = (props: {
  userName: string;
  onSignInSuccess: SignInPageProps['onSignInSuccess'];
  onChooseAnother(): void;
}) => {
  const { userName, onSignInSuccess, onChooseAnother } = props;
  const [attempt, setAttempt] = useState(0);
  const ErrorComponent = useCallback(
    ({ error }: { error?: Error }) => (
      <SignInLayout>
        <ErrorPanel
          title={`Could not sign in as ${userName}`}
          error={error ?? new Error('Unknown error')}
        />
        {error?.message && (
          <Box mt={2}>
            <Typography color="textSecondary">{error.message}</Typography>
          </Box>
        )}
        <Box mt={2} display="flex" style={{ gap: 8 }}>
          <Button
            variant="contained"
            color="primary"
            onClick={() => setAttempt(n => n + 1)}
          >
            Retry
          </Button>
          <Button variant="outlined" onClick={onChooseAnother}>
            Choose another user
          </Button>
        </Box>
      </SignInLayout>
    ),
    [userName, onChooseAnother],
  );
  return (
    <ProxiedSignInPage
      key={`${userName}#${attempt}`}
      provider={DEMO_PROVIDER_ID}
      headers={{ [DEMO_USER_HEADER]: userName }}
      onSignInSuccess={identity =>
        onSignInSuccess(withDemoSignOut(identity, demoUserStorage.clear))
      }
      ErrorComponent={ErrorComponent}
    />
  );
};

/**
 * Sign-in page of the demo portal: pick any user of the demo catalog and act
 * as them, through the backend's `demo` proxy provider. The choice is kept in
 * localStorage until sign-out ("Switch user").
 */
export const DemoSignInPage = (props: SignInPageProps) => {
  const [userName, setUserName] = useState(demoUserStorage.get);

  if (userName) {
    return (
      <DemoUserSession
        userName={userName}
        onSignInSuccess={props.onSignInSuccess}
        onChooseAnother={() => {
          demoUserStorage.clear();
          setUserName(undefined);
        }}
      />
    );
  }

  return (
    <SignInLayout>
      <DemoUserChooser
        onPick={name => {
          demoUserStorage.set(name);
          setUserName(name);
        }}
      />
    </SignInLayout>
  );
};
