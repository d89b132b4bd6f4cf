import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import { SEARCHABLE_TEXT_FUNCTION } from '../../search/search-text.js';

/**
 * Knowledge bases, their collections (nested), articles and route redirects. Article text joins the full-text index
 * of migration 010 (`kind` 'article', owner the article): its title and its content (the published version when
 * there is one, else the draft), kept by triggers in the same transaction as the text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const text = postgres ? sql`text collate "C"` : 'text';
  const workspace = (c: ColumnDefinitionBuilder) => c.notNull().references('workspaces.id').onDelete('cascade');
  const knowledgeBase = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('knowledge_bases.id').onDelete('cascade');

  await db.schema
    .createTable('knowledge_bases')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('slug', text, (c) => c.notNull())
    .addColumn('default_language', text, (c) => c.notNull())
    .addColumn('supported_languages', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addUniqueConstraint('knowledge_bases_workspace_slug', ['workspace_id', 'slug'])
    .execute();

  await db.schema
    .createTable('kb_collections')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('knowledge_base_id', text, knowledgeBase)
    .addColumn('parent_collection_id', text, (c) => c.references('kb_collections.id').onDelete('cascade'))
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('slug', text, (c) => c.notNull())
    .addColumn('description', text)
    .addColumn('visibility_config', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('kb_collections_base')
    .on('kb_collections')
    .columns(['knowledge_base_id', 'id'])
    .execute();
  await db.schema.createIndex('kb_collections_parent').on('kb_collections').column('parent_collection_id').execute();

  await db.schema
    .createTable('kb_articles')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('knowledge_base_id', text, knowledgeBase)
    .addColumn('collection_id', text, (c) => c.references('kb_collections.id').onDelete('cascade'))
    .addColumn('identifier', text, (c) => c.notNull())
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('slug', text, (c) => c.notNull())
    .addColumn('author_user_id', text, (c) => c.notNull())
    .addColumn('body_html', text, (c) => c.notNull())
    .addColumn('published_body_html', text)
    .addColumn('is_published', 'integer', (c) => c.notNull())
    .addColumn('is_unlisted', 'integer', (c) => c.notNull())
    .addColumn('draft_version_id', text, (c) => c.notNull())
    .addColumn('last_published_at', text)
    .addColumn('last_edited_at', text, (c) => c.notNull())
    .addColumn('visibility_config', text)
    .addColumn('translations', text, (c) => c.notNull())
    .addColumn('tag_ids', text, (c) => c.notNull())
    .addColumn('review', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addUniqueConstraint('kb_articles_base_identifier', ['knowledge_base_id', 'identifier'])
    .execute();
  await db.schema.createIndex('kb_articles_base').on('kb_articles').columns(['knowledge_base_id', 'id']).execute();
  await db.schema.createIndex('kb_articles_collection').on('kb_articles').column('collection_id').execute();

  await db.schema
    .createTable('kb_route_redirects')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('knowledge_base_id', text, knowledgeBase)
    .addColumn('from_path', text, (c) => c.notNull())
    .addColumn('object_type', text, (c) => c.notNull())
    .addColumn('object_id', text, (c) => c.notNull())
    .addColumn('language', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addUniqueConstraint('kb_route_redirects_path', ['knowledge_base_id', 'from_path', 'language'])
    .execute();
  await db.schema.createIndex('kb_route_redirects_object').on('kb_route_redirects').column('object_id').execute();

  await (postgres ? indexArticlesPostgres(db) : indexArticlesSqlite(db));
}

/** The indexed text of an article row (`new` or `old`): its title, then its published content, else its draft. */
const articleText = (row: string) =>
  sql.raw(`${row}.title || ' ' || coalesce(${row}.published_body_html, ${row}.body_html)`);

/** As migration 010 does for messages: a `search_documents` row and its FTS5 row per article. */
async function indexArticlesSqlite(db: Kysely<unknown>): Promise<void> {
  const indexText = sql.raw(SEARCHABLE_TEXT_FUNCTION);
  await sql`CREATE TRIGGER kb_articles_search_insert AFTER INSERT ON kb_articles BEGIN
    INSERT INTO search_documents(ref_id, kind, owner_id, workspace_id)
      VALUES (new.id, 'article', new.id, new.workspace_id);
    INSERT INTO search_index(rowid, text)
      SELECT rowid, ${indexText}(${articleText('new')}) FROM search_documents WHERE ref_id = new.id;
  END`.execute(db);
  await sql`CREATE TRIGGER kb_articles_search_update
    AFTER UPDATE OF title, body_html, published_body_html ON kb_articles BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_documents WHERE ref_id = old.id);
    INSERT INTO search_index(rowid, text)
      SELECT rowid, ${indexText}(${articleText('new')}) FROM search_documents WHERE ref_id = new.id;
  END`.execute(db);
  await sql`CREATE TRIGGER kb_articles_search_delete AFTER DELETE ON kb_articles BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_documents WHERE ref_id = old.id);
    DELETE FROM search_documents WHERE ref_id = old.id;
  END`.execute(db);
}

async function indexArticlesPostgres(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE FUNCTION helpline_index_kb_articles() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        DELETE FROM search_documents WHERE ref_id = OLD.id;
        RETURN OLD;
      END IF;
      INSERT INTO search_documents (ref_id, kind, owner_id, workspace_id, document)
        VALUES (NEW.id, 'article', NEW.id, NEW.workspace_id,
                to_tsvector('simple', regexp_replace(${articleText('NEW')}, '<[^>]*>', ' ', 'g')))
        ON CONFLICT (ref_id) DO UPDATE SET document = EXCLUDED.document;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER kb_articles_search
    AFTER INSERT OR UPDATE OF title, body_html, published_body_html OR DELETE ON kb_articles
    FOR EACH ROW EXECUTE FUNCTION helpline_index_kb_articles()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Through the triggers, so the articles' words leave the index (dropping a table fires none).
  await sql`DELETE FROM kb_articles`.execute(db);
  for (const table of ['kb_route_redirects', 'kb_articles', 'kb_collections', 'knowledge_bases'])
    await db.schema.dropTable(table).execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter)
    await sql`DROP FUNCTION IF EXISTS helpline_index_kb_articles()`.execute(db);
}
