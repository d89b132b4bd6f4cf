import { invalid } from '../../core/errors.js';
import type { VisibilityConfig } from './collection.repository.js';

/**
 * A visibility config as given (the contract checks its enums). An allow-list of AI agents only means something
 * with `specific_agents`, and `specific_agents` with an empty list would shut every agent out unannounced.
 */
export function visibilityConfig<T extends VisibilityConfig>(input: T): T {
  const ids = input.allowed_agent_ids ?? [];
  if (input.ai_agent_access === 'specific_agents' && ids.length === 0)
    throw invalid('visibility_config.allowed_agent_ids must name at least one agent with specific_agents');
  if (input.ai_agent_access !== 'specific_agents' && ids.length > 0)
    throw invalid('visibility_config.allowed_agent_ids is only allowed with ai_agent_access specific_agents');
  return input;
}
