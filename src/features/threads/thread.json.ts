import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { Thread } from './thread.repository.js';

export function threadJson(thread: Thread): ContractSchema<'IssueThread'> {
  return compact<ContractSchema<'IssueThread'>>({
    id: thread.id,
    issue_id: thread.issueId,
    name: thread.name,
    source: thread.source,
    channel_id: thread.channelId,
    thread_id: thread.externalThreadId,
  });
}
