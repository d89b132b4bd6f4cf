import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { forbidden, invalid } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { recordEvent } from '../events/event.service.js';
import { visibilityConfig } from '../kb-collections/visibility.js';
import { supportedLanguage } from '../knowledge-bases/language.js';
import { requiredTitle } from '../knowledge-bases/slug.js';
import { announceArticle } from './article.service.js';
import { updateArticleRow, type Article } from './article.repository.js';
import { articleBody, requireArticle, requireArticleTags } from './article.rules.js';

type UpdateArticleInput = ContractBody<'PATCH', '/knowledge-bases/:id/articles/:article_id'>;
type ReviewInput = ContractBody<'POST', '/knowledge-bases/:id/articles/:article_id/request-review'>;

/** A new draft body is a new version: it stays a draft unless `publish_updated_body_html` says to publish it. */
function withContent(article: Article, input: UpdateArticleInput, now: string): Article {
  const next = { ...article };
  if (input.title !== undefined) next.title = requiredTitle(input.title);
  if (input.body_html !== undefined) {
    const body = articleBody(input.body_html);
    if (body !== article.bodyHtml) Object.assign(next, { bodyHtml: body, draftVersionId: newId(), lastEditedAt: now });
  }
  return next;
}

/** `is_published: false` takes the article down; publishing puts its current draft online. */
function withPublication(article: Article, input: UpdateArticleInput, now: string): Article {
  const publish =
    (input.is_published === true && !article.isPublished) ||
    (input.publish_updated_body_html === true && input.is_published !== false);
  if (input.is_published === false) return { ...article, isPublished: false, publishedBodyHtml: null };
  if (publish) return { ...article, isPublished: true, publishedBodyHtml: article.bodyHtml, lastPublishedAt: now };
  return article;
}

/** A translation's title and body change together with the article's publication: translations are not drafted. */
function withTranslation(article: Article, language: string, input: UpdateArticleInput): Article {
  const current = article.translations[language];
  const title = input.title === undefined ? current?.title : requiredTitle(input.title);
  const body = input.body_html === undefined ? current?.body_html : articleBody(input.body_html);
  if (title === undefined || body === undefined)
    throw invalid(`The article has no ${language} translation yet: provide both title and body_html`);
  return { ...article, translations: { ...article.translations, [language]: { title, body_html: body } } };
}

export async function updateArticle(deps: Deps, actor: Actor, kbId: string, id: string, input: UpdateArticleInput) {
  return deps.store.db.transaction().execute(async (trx) => {
    const { kb, article } = await requireArticle(trx, actor, kbId, id);
    const now = nowIso();
    const language = supportedLanguage(kb, input.language);
    let next =
      language === kb.defaultLanguage ? withContent(article, input, now) : withTranslation(article, language, input);
    next = withPublication(next, input, now);
    if (input.is_unlisted !== undefined) next.isUnlisted = input.is_unlisted;
    if (input.visibility_config !== undefined) next.visibilityConfig = visibilityConfig(input.visibility_config);
    if (input.tag_ids !== undefined) next.tagIds = await requireArticleTags(trx, actor, input.tag_ids);
    next.updatedAt = now;
    await updateArticleRow(trx, next);
    return announceArticle(deps, trx, kb, 'article.updated', next);
  });
}

/**
 * Asks for a review of the current draft. Every user of the workspace may review articles; Helpline has no AI
 * article review, so asking for one is refused (403) as Pylon refuses it to organizations without the feature.
 */
export async function requestArticleReview(deps: Deps, actor: Actor, kbId: string, id: string, input: ReviewInput) {
  const reviewers = [...new Set(input.reviewer_user_ids ?? [])];
  if (reviewers.length === 0 && input.request_ai_review !== true)
    throw invalid('Provide reviewer_user_ids or request_ai_review');
  if (input.request_ai_review === true) throw forbidden('AI article review is not enabled for this workspace');
  return deps.store.db.transaction().execute(async (trx) => {
    const { kb, article } = await requireArticle(trx, actor, kbId, id);
    if (article.isPublished && article.publishedBodyHtml === article.bodyHtml)
      throw invalid('The article has no unpublished version to review: edit it first');
    for (const reviewer of reviewers) {
      const user = await trx
        .selectFrom('users')
        .select('id')
        .where('workspace_id', '=', actor.workspaceId)
        .where('id', '=', reviewer)
        .executeTakeFirst();
      if (!user) throw invalid(`reviewer_user_ids: ${reviewer} is not a user of this workspace`);
    }
    const now = nowIso();
    const review = {
      status: 'needs_review' as const,
      version_id: article.draftVersionId,
      requested_at: now,
      reviewer_user_ids: reviewers,
      ai_review: false,
    };
    await updateArticleRow(trx, { ...article, review, updatedAt: now });
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'article.review_requested',
      subjectId: article.id,
      payload: {
        article_id: article.id,
        knowledge_base_id: kb.id,
        article_version_id: article.draftVersionId,
        reviewer_user_ids: reviewers,
      },
    });
    return { approval_status: review.status, article_id: article.id, article_version_id: article.draftVersionId };
  });
}
