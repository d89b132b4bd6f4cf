import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { SEARCHABLE_TEXT_FUNCTION } from '../../search/search-text.js';

/**
 * The full-text index of issue titles and message bodies, in each database's own engine, kept by triggers so that
 * it changes in the same transaction as the text: a redaction or a deletion takes the words out of the index with
 * the row. `search_documents` has one row per indexed text: `ref_id` is the row it comes from, `kind` what that is
 * and `owner_id` what a search answers with (here `kind` 'issue', owner the issue, for titles and message bodies).
 *
 * SQLite: an FTS5 table, its rowids those of `search_documents` (an INTEGER PRIMARY KEY, so VACUUM keeps them), with
 * `secure-delete` so a deleted document's words leave the index at once. It keeps its own copy of the text: FTS5
 * needs it to find and remove every word of a document (a table without content only marks deletions).
 * PostgreSQL: a `tsvector` per document with a GIN index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return upPostgres(db);
  await sql`CREATE TABLE search_documents (
    rowid INTEGER PRIMARY KEY, ref_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, owner_id TEXT NOT NULL,
    workspace_id TEXT NOT NULL
  )`.execute(db);
  await sql`CREATE VIRTUAL TABLE search_index USING fts5(
    text, tokenize='unicode61 remove_diacritics 0')`.execute(db);
  await sql`INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)`.execute(db);
  const indexText = sql.raw(SEARCHABLE_TEXT_FUNCTION);
  for (const { table, issueId, text } of [
    { table: 'messages', issueId: 'issue_id', text: 'body_html' },
    { table: 'issues', issueId: 'id', text: 'title' },
  ]) {
    const [t, i, x] = [sql.raw(table), sql.raw(issueId), sql.raw(text)];
    await sql`CREATE TRIGGER ${sql.raw(`${table}_search_insert`)} AFTER INSERT ON ${t} BEGIN
      INSERT INTO search_documents(ref_id, kind, owner_id, workspace_id)
        VALUES (new.id, 'issue', new.${i}, new.workspace_id);
      INSERT INTO search_index(rowid, text)
        SELECT rowid, ${indexText}(new.${x}) FROM search_documents WHERE ref_id = new.id;
    END`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_search_update`)} AFTER UPDATE OF ${x} ON ${t} BEGIN
      DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_documents WHERE ref_id = old.id);
      INSERT INTO search_index(rowid, text)
        SELECT rowid, ${indexText}(new.${x}) FROM search_documents WHERE ref_id = new.id;
    END`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_search_delete`)} AFTER DELETE ON ${t} BEGIN
      DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_documents WHERE ref_id = old.id);
      DELETE FROM search_documents WHERE ref_id = old.id;
    END`.execute(db);
    await sql`INSERT INTO search_documents(ref_id, kind, owner_id, workspace_id)
      SELECT id, 'issue', ${i}, workspace_id FROM ${t}`.execute(db);
    await sql`INSERT INTO search_index(rowid, text)
      SELECT d.rowid, ${indexText}(s.${x}) FROM search_documents d JOIN ${t} s ON s.id = d.ref_id`.execute(db);
  }
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE search_documents (
    ref_id text COLLATE "C" PRIMARY KEY, kind text COLLATE "C" NOT NULL, owner_id text COLLATE "C" NOT NULL,
    workspace_id text COLLATE "C" NOT NULL, document tsvector NOT NULL)`.execute(db);
  await sql`CREATE INDEX search_documents_document ON search_documents USING gin (document)`.execute(db);
  for (const { table, issueId, text } of [
    { table: 'messages', issueId: 'issue_id', text: 'body_html' },
    { table: 'issues', issueId: 'id', text: 'title' },
  ]) {
    const [t, i, x] = [sql.raw(table), sql.raw(issueId), sql.raw(text)];
    const fn = sql.raw(`helpline_index_${table}`);
    await sql`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          DELETE FROM search_documents WHERE ref_id = OLD.id;
          RETURN OLD;
        END IF;
        INSERT INTO search_documents (ref_id, kind, owner_id, workspace_id, document)
          VALUES (NEW.id, 'issue', NEW.${i}, NEW.workspace_id,
                  to_tsvector('simple', regexp_replace(NEW.${x}, '<[^>]*>', ' ', 'g')))
          ON CONFLICT (ref_id) DO UPDATE SET document = EXCLUDED.document;
        RETURN NEW;
      END $$`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_search`)} AFTER INSERT OR UPDATE OF ${x} OR DELETE ON ${t}
      FOR EACH ROW EXECUTE FUNCTION ${fn}()`.execute(db);
    await sql`INSERT INTO search_documents (ref_id, kind, owner_id, workspace_id, document)
      SELECT id, 'issue', ${i}, workspace_id, to_tsvector('simple', regexp_replace(${x}, '<[^>]*>', ' ', 'g'))
      FROM ${t}`.execute(db);
  }
}
