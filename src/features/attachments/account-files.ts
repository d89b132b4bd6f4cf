import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { findAccountByIdOrExternalId } from '../accounts/account.repository.js';
import { uploadFile, type UploadFormReader } from './upload.js';

/**
 * Stores a file for an account (by id or external id). The account is looked up before the file is read, so a
 * request for an unknown account is answered 404 without storing anything.
 */
export async function uploadAccountFile(deps: Deps, actor: Actor, idOrExternalId: string, readForm: UploadFormReader) {
  const account = await findAccountByIdOrExternalId(deps.store.db, actor.workspaceId, idOrExternalId);
  if (!account) throw notFound('Account');
  return uploadFile(deps, actor, readForm, { accountId: account.id });
}
