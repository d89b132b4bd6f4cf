import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { isAdmin, useSignedInSession } from '../../api/session';
import { ApiTokensSettings } from './ApiTokens';
import { EmailSettings } from './Email';
import { UsersSettings } from './Users';
import { WebhooksSettings } from './Webhooks';
import './settings.css';

const SECTIONS = [
  { path: '/users', label: 'Users' },
  { path: '/api-tokens', label: 'API tokens' },
  { path: '/webhooks', label: 'Webhooks' },
  { path: '/email', label: 'Email' },
] as const;

/**
 * The workspace's configuration, for admins (the server refuses members' calls with 403 as well). Mounted at
 * `/settings` with `nest`, so the paths here are relative to it.
 */
export function SettingsPage() {
  const session = useSignedInSession();
  const [location] = useLocation();
  if (!isAdmin(session)) {
    return (
      <section className="page settings">
        <h1>Settings</h1>
        <p className="empty">Settings are for admins. Ask an admin of your workspace to change them.</p>
      </section>
    );
  }
  return (
    <section className="page settings">
      <h1>Settings</h1>
      <nav className="settings-nav" aria-label="Settings">
        {SECTIONS.map(({ path, label }) => (
          <Link key={path} href={path} aria-current={location.startsWith(path) ? 'page' : undefined}>
            {label}
          </Link>
        ))}
      </nav>
      <div className="settings-body">
        <Switch>
          <Route path="/users" component={UsersSettings} />
          <Route path="/api-tokens" component={ApiTokensSettings} />
          <Route path="/webhooks" component={WebhooksSettings} />
          <Route path="/email" component={EmailSettings} />
          <Route>
            <Redirect to="/users" replace />
          </Route>
        </Switch>
      </div>
    </section>
  );
}
