/** The shapes the console reads: Pylon's objects as Helpline serves them, and the console's own. */
export interface Person {
  id: string;
  name?: string;
  email?: string;
}

export interface User extends Person {
  role_id?: string;
  status?: string;
  avatar_url?: string;
}

export interface Session {
  user: User & { role?: string };
  workspace_id: string;
  csrf_token: string;
}

export interface InboxRow {
  id: string;
  number: number;
  title: string;
  state: string;
  link: string;
  requester: Person | null;
  assignee: Person | null;
  team: { id: string; name: string } | null;
  tags: string[];
  latest_message_at: string;
  created_at: string;
}

export interface Issue {
  id: string;
  number: number;
  title: string;
  state: string;
  link?: string;
  source?: string;
  requester?: { id: string; email?: string } | null;
  assignee?: { id: string; email?: string } | null;
  team?: { id: string } | null;
  account?: { id: string } | null;
  tags?: string[] | null;
  created_at: string;
  latest_message_time?: string;
  body_html?: string;
}

export interface Message {
  id: string;
  message_html: string;
  is_private: boolean;
  thread_id?: string | null;
  source?: string;
  timestamp: string;
  author: {
    name?: string;
    avatar_url?: string;
    contact?: { id: string; email?: string };
    user?: { id: string; email?: string };
  };
  email_info?: { from_email?: string; to_emails?: string[]; cc_emails?: string[]; bcc_emails?: string[] } | null;
}

export interface Thread {
  id: string;
  name?: string;
}

export interface Contact {
  id: string;
  name?: string;
  email?: string;
  account?: { id: string } | null;
}

export interface Account {
  id: string;
  name?: string;
  domains?: string[] | null;
  primary_domain?: string | null;
}

export interface Team {
  id: string;
  name: string;
}

export interface Tag {
  id: string;
  value: string;
  hex_color?: string;
}
