import type { ContractSchema } from '../../core/contract/operation-types.js';
import type { KnowledgeBase } from './knowledge-base.repository.js';

/** Every field is always present (the contract marks none required). */
export function knowledgeBaseJson(kb: KnowledgeBase): Required<ContractSchema<'KnowledgeBase'>> {
  return {
    id: kb.id,
    title: kb.title,
    slug: kb.slug,
    default_language: kb.defaultLanguage,
    supported_languages: kb.supportedLanguages,
  };
}
