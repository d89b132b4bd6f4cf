import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import { SEARCHABLE_TEXT_FUNCTION } from '../../search/search-text.js';

/**
 * Macros (canned replies, in groups), feature requests, surveys and their responses. A macro's name and body are
 * one full-text document (`kind` 'macro', owner the macro), kept by triggers as migration 010 keeps issues'.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const text = postgres ? sql`text collate "C"` : 'text';
  const workspace = (c: ColumnDefinitionBuilder) => c.notNull().references('workspaces.id').onDelete('cascade');
  const table = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('workspace_id', text, workspace);
  const byWorkspace = (name: string) =>
    db.schema.createIndex(`${name}_workspace_id`).on(name).columns(['workspace_id', 'id']).execute();

  await table('macro_groups')
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await byWorkspace('macro_groups');

  await table('macros')
    .addColumn('macro_group_id', text, (c) => c.notNull().references('macro_groups.id').onDelete('cascade'))
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('text_html', text, (c) => c.notNull())
    .addColumn('text_type', text, (c) => c.notNull())
    .addColumn('visibility_type', text, (c) => c.notNull())
    .addColumn('visibility_user_ids', text, (c) => c.notNull().defaultTo('[]'))
    .addColumn('visibility_team_ids', text, (c) => c.notNull().defaultTo('[]'))
    .addColumn('conditions', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await byWorkspace('macros');
  await db.schema.createIndex('macros_group').on('macros').columns(['macro_group_id', 'id']).execute();

  await table('feature_requests')
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('description', text, (c) => c.notNull())
    .addColumn('request_status', text, (c) => c.notNull())
    .addColumn('custom_fields', text, (c) => c.notNull().defaultTo('{}'))
    .addColumn('portal_account_ids', text, (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await byWorkspace('feature_requests');

  await table('surveys')
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('type', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await byWorkspace('surveys');

  await table('survey_responses')
    .addColumn('survey_id', text, (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('account_id', text, (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('contact_id', text, (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('answers', text, (c) => c.notNull())
    .addColumn('submitted_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_responses_survey').on('survey_responses').columns(['survey_id', 'id']).execute();

  await (postgres ? indexMacrosPostgres(db) : indexMacrosSqlite(db));
}

/** The same triggers as migration 010's, over a macro's name and body together. */
async function indexMacrosSqlite(db: Kysely<any>): Promise<void> {
  const indexText = sql.raw(SEARCHABLE_TEXT_FUNCTION);
  await sql`CREATE TRIGGER macros_search_insert AFTER INSERT ON macros BEGIN
    INSERT INTO search_documents(ref_id, kind, owner_id, workspace_id)
      VALUES (new.id, 'macro', new.id, new.workspace_id);
    INSERT INTO search_index(rowid, text)
      SELECT rowid, ${indexText}(new.name || ' ' || new.text_html) FROM search_documents WHERE ref_id = new.id;
  END`.execute(db);
  await sql`CREATE TRIGGER macros_search_update AFTER UPDATE OF name, text_html ON macros BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_documents WHERE ref_id = old.id);
    INSERT INTO search_index(rowid, text)
      SELECT rowid, ${indexText}(new.name || ' ' || new.text_html) FROM search_documents WHERE ref_id = new.id;
  END`.execute(db);
  await sql`CREATE TRIGGER macros_search_delete AFTER DELETE ON macros BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_documents WHERE ref_id = old.id);
    DELETE FROM search_documents WHERE ref_id = old.id;
  END`.execute(db);
}

async function indexMacrosPostgres(db: Kysely<any>): Promise<void> {
  await sql`CREATE FUNCTION helpline_index_macros() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        DELETE FROM search_documents WHERE ref_id = OLD.id;
        RETURN OLD;
      END IF;
      INSERT INTO search_documents (ref_id, kind, owner_id, workspace_id, document)
        VALUES (NEW.id, 'macro', NEW.id, NEW.workspace_id,
                to_tsvector('simple', regexp_replace(NEW.name || ' ' || NEW.text_html, '<[^>]*>', ' ', 'g')))
        ON CONFLICT (ref_id) DO UPDATE SET document = EXCLUDED.document;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER macros_search AFTER INSERT OR UPDATE OF name, text_html OR DELETE ON macros
    FOR EACH ROW EXECUTE FUNCTION helpline_index_macros()`.execute(db);
}
