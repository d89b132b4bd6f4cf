import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/**
 * Custom objects: the workspace's own object types (a slug, a name and the fields their records hold, as JSON) and
 * the records of each type, with their values keyed by field slug like other objects' custom fields, and the account
 * a record is linked to (the built-in `account` relationship).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const text = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
  const workspace = (c: ColumnDefinitionBuilder) => c.notNull().references('workspaces.id').onDelete('cascade');

  await db.schema
    .createTable('custom_object_types')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('slug', text, (c) => c.notNull())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('fields', text, (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addUniqueConstraint('custom_object_types_slug', ['workspace_id', 'slug'])
    .execute();

  await db.schema
    .createTable('custom_objects')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('type_id', text, (c) => c.notNull().references('custom_object_types.id').onDelete('cascade'))
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('account_id', text, (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('custom_fields', text, (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('custom_objects_type_id')
    .on('custom_objects')
    .columns(['workspace_id', 'type_id', 'id'])
    .execute();
  // Deleting an account sets its records' link to null: the lookup needs an index.
  await db.schema.createIndex('custom_objects_account_id').on('custom_objects').column('account_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('custom_objects').execute();
  await db.schema.dropTable('custom_object_types').execute();
}
