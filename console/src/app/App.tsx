import { useEffect } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { whenSignedOut } from '../api/client';
import { useSession, useSessionUpdate } from '../api/session';
import { AccountPage, AccountsPage } from '../pages/Accounts';
import { ContactPage, ContactsPage } from '../pages/Contacts';
import { InboxPage } from '../pages/Inbox';
import { IssuePage } from '../pages/Issue';
import { NotFoundPage } from '../pages/NotFound';
import { PreferencesPage } from '../pages/Preferences';
import { SetPasswordPage } from '../pages/SetPassword';
import { SettingsPage } from '../pages/settings/Settings';
import { SignInPage } from '../pages/SignIn';
import { Layout } from './Layout';
import { signInPath } from './navigation';

export function App() {
  return (
    <Switch>
      <Route path="/sign-in" component={SignInPage} />
      <Route path="/set-password" component={SetPasswordPage} />
      <Route>
        <SignedIn />
      </Route>
    </Switch>
  );
}

/** Every other page needs a session; without one the browser goes to sign-in and comes back here after. */
function SignedIn() {
  const session = useSession();
  const update = useSessionUpdate();
  const [location, navigate] = useLocation();
  useEffect(() => {
    whenSignedOut(() => {
      update(null);
      navigate(signInPath(window.location.pathname + window.location.search));
    });
  }, [navigate, update]);
  if (session.isPending) return <p className="loading">Loading…</p>;
  if (session.isError) return <p role="alert">The server could not be reached: {session.error.message}</p>;
  if (!session.data) return <Redirect to={signInPath(location + window.location.search)} replace />;
  return (
    <Layout>
      <Switch>
        <Route path="/">
          <Redirect to="/inbox/unassigned" replace />
        </Route>
        <Route path="/inbox/:view" component={InboxPage} />
        <Route path="/issues/:id" component={IssuePage} />
        <Route path="/contacts" component={ContactsPage} />
        <Route path="/contacts/:id" component={ContactPage} />
        <Route path="/accounts" component={AccountsPage} />
        <Route path="/accounts/:id" component={AccountPage} />
        <Route path="/settings" nest component={SettingsPage} />
        <Route path="/preferences" component={PreferencesPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Layout>
  );
}
