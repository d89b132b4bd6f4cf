import { invalid } from '../../core/errors.js';
import type { KnowledgeBase } from './knowledge-base.repository.js';

const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** A language code such as `en`, `fr` or `pt-BR`. */
export function languageCode(value: string, field = 'language'): string {
  if (!LANGUAGE.test(value)) throw invalid(`${field} must be a language code such as en or pt-BR`);
  return value;
}

/**
 * The language a request names, checked against the knowledge base: undefined (or the default language) is the
 * default language, anything else must be one the knowledge base supports.
 */
export function supportedLanguage(kb: KnowledgeBase, language: string | undefined, field = 'language'): string {
  if (language === undefined) return kb.defaultLanguage;
  if (!kb.supportedLanguages.includes(language))
    throw invalid(`${field} must be one of the knowledge base's languages: ${kb.supportedLanguages.join(', ')}`);
  return language;
}
