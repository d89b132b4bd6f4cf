import { invalid } from '../../core/errors.js';
import { compact } from '../../core/json.js';
import type { AccountChannel, ExternalId } from './account.repository.js';

/** The types an existing account can be given (the others are chosen at creation only). */
export const UPDATABLE_ACCOUNT_TYPES = ['customer', 'partner'];
const CHANNEL_SOURCES = ['slack', 'microsoft_teams', 'discord'];

export function updatedAccountType(type: string): string {
  if (!UPDATABLE_ACCOUNT_TYPES.includes(type)) {
    throw invalid(`account_type can only be changed to ${UPDATABLE_ACCOUNT_TYPES.join(' or ')}`);
  }
  return type;
}

/** Channels as sent: each names its channel and a known source, none twice, at most one primary. */
export function accountChannels(channels: AccountChannel[]): AccountChannel[] {
  const out = channels.map((c) => {
    const channelId = c.channel_id?.trim() ?? '';
    if (channelId === '') throw invalid('channels: every channel needs a channel_id');
    if (!c.source || !CHANNEL_SOURCES.includes(c.source)) {
      throw invalid(`channels: source must be one of ${CHANNEL_SOURCES.join(', ')}`);
    }
    if (c.source === 'microsoft_teams' && !/^[^|]+\|[^|]+$/.test(channelId)) {
      throw invalid('channels: a Microsoft Teams channel_id is {team_id}|{channel_id}');
    }
    return compact<AccountChannel>({ ...c, channel_id: channelId, is_primary: c.is_primary ?? false });
  });
  const keys = out.map((c) => `${c.source}:${c.channel_id}`);
  if (new Set(keys).size !== keys.length) throw invalid('channels must be unique');
  if (out.filter((c) => c.is_primary).length > 1) throw invalid('channels: at most one channel can be primary');
  return out;
}

const TAG_MODES = ['append_only', 'remove_only', 'replace'] as const;

/** `tags_apply_mode` of `PATCH /accounts`: add the tags, take them away, or (the default) set exactly these. */
export function applyTags(current: string[], tags: string[], mode = 'replace'): string[] {
  if (!TAG_MODES.some((m) => m === mode)) throw invalid(`tags_apply_mode must be one of ${TAG_MODES.join(', ')}`);
  if (mode === 'append_only') return [...new Set([...current, ...tags])];
  if (mode === 'remove_only') return current.filter((t) => !tags.includes(t));
  return [...new Set(tags)];
}

/** External ids as sent: each with an id, none twice. */
export function externalIdsOf(input: { external_id?: string; label?: string }[]): ExternalId[] {
  const ids = input.map((e) => {
    const externalId = e.external_id?.trim() ?? '';
    if (externalId === '') throw invalid('external_ids: every entry needs an external_id');
    return { externalId, label: e.label ?? null };
  });
  if (new Set(ids.map((e) => e.externalId)).size !== ids.length) throw invalid('external_ids must be unique');
  return ids;
}
