import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import { newId } from '../../ids.js';

/**
 * The workspace's configuration: teams and their members, the tag catalog, custom field definitions (and the
 * values objects hold for them, a JSON object keyed by field slug), and ticket forms, which issues may name.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const text = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
  const workspace = (c: ColumnDefinitionBuilder) => c.notNull().references('workspaces.id').onDelete('cascade');

  await db.schema
    .createTable('teams')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('teams_workspace_id').on('teams').columns(['workspace_id', 'id']).execute();

  await db.schema
    .createTable('team_members')
    .addColumn('team_id', text, (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('workspace_id', text, workspace)
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('team_members_pk', ['team_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('tags')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('object_type', text, (c) => c.notNull())
    .addColumn('value', text, (c) => c.notNull())
    .addColumn('hex_color', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addUniqueConstraint('tags_workspace_type_value', ['workspace_id', 'object_type', 'value'])
    .execute();
  await db.schema.createIndex('tags_workspace_id').on('tags').columns(['workspace_id', 'id']).execute();

  await db.schema
    .createTable('custom_field_definitions')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('object_type', text, (c) => c.notNull())
    .addColumn('slug', text, (c) => c.notNull())
    .addColumn('label', text, (c) => c.notNull())
    .addColumn('description', text)
    .addColumn('type', text, (c) => c.notNull())
    .addColumn('default_value', text)
    .addColumn('default_values', text, (c) => c.notNull().defaultTo('[]'))
    .addColumn('select_options', text, (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addUniqueConstraint('custom_field_definitions_slug', ['workspace_id', 'object_type', 'slug'])
    .execute();
  await db.schema
    .createIndex('custom_field_definitions_workspace_id')
    .on('custom_field_definitions')
    .columns(['workspace_id', 'object_type', 'id'])
    .execute();

  await db.schema
    .createTable('ticket_forms')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('slug', text, (c) => c.notNull())
    .addColumn('is_public', 'integer', (c) => c.notNull())
    .addColumn('description_html', text, (c) => c.notNull())
    .addColumn('fields', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addUniqueConstraint('ticket_forms_workspace_slug', ['workspace_id', 'slug'])
    .execute();
  await db.schema.createIndex('ticket_forms_workspace_id').on('ticket_forms').columns(['workspace_id', 'id']).execute();

  for (const table of ['issues', 'accounts', 'contacts']) {
    await db.schema
      .alterTable(table)
      .addColumn('custom_fields', text, (c) => c.notNull().defaultTo('{}'))
      .execute();
  }
  await db.schema.alterTable('issues').addColumn('ticket_form_id', text).execute();
  await catalogTagsInUse(db);
}

/** Tags already on issues and accounts join the catalog, so it lists every tag in use from the start. */
async function catalogTagsInUse(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString();
  for (const [table, objectType] of [
    ['issues', 'issue'],
    ['accounts', 'account'],
  ] as const) {
    const rows: { workspace_id: string; tags: string }[] = await db
      .selectFrom(table)
      .select(['workspace_id', 'tags'])
      .distinct()
      .execute();
    const seen = new Set<string>();
    for (const row of rows) {
      const values: unknown = JSON.parse(row.tags || '[]');
      for (const value of Array.isArray(values) ? values : []) {
        const key = JSON.stringify([row.workspace_id, value]);
        if (typeof value !== 'string' || seen.has(key)) continue;
        seen.add(key);
        await db
          .insertInto('tags')
          .values({
            id: newId(),
            workspace_id: row.workspace_id,
            object_type: objectType,
            value,
            hex_color: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
      }
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('issues').dropColumn('ticket_form_id').execute();
  for (const table of ['contacts', 'accounts', 'issues']) {
    await db.schema.alterTable(table).dropColumn('custom_fields').execute();
  }
  for (const table of ['ticket_forms', 'custom_field_definitions', 'tags', 'team_members', 'teams']) {
    await db.schema.dropTable(table).execute();
  }
}
