import { useQuery } from '@tanstack/react-query';
import { consoleApi } from '../../api/client';

/** The console's `GET/PUT /console/api/email-settings`. */
export interface EmailSettingsData {
  support_address: string | null;
  display_name: string | null;
  inbound_smtp: { enabled: boolean; port: number | null };
}

export const EMAIL_SETTINGS_KEY = ['email-settings'];

export const useEmailSettings = () =>
  useQuery({
    queryKey: EMAIL_SETTINGS_KEY,
    queryFn: () => consoleApi.get<EmailSettingsData>('/email-settings'),
  });

/** A mailbox as `/helpline/imap-mailboxes` answers it (never its password). */
export interface ImapMailbox {
  id: string;
  address: string;
  display_name?: string;
  host: string;
  port: number;
  tls: boolean;
  username: string;
  folder: string;
  enabled: boolean;
  last_polled_at?: string;
  last_error?: string;
  last_error_at?: string;
}

export const IMAP_KEY = ['imap-mailboxes'];
