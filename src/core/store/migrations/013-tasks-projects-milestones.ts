import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/**
 * Customer work beside the issues: projects (for an account), their milestones, tasks (in a project and milestone
 * or on their own, possibly subtasks of another task) and comments on tasks. A deleted account, user, project or
 * milestone leaves what referred to it without that reference; the services announce those changes themselves, the
 * `set null` references are the database's guarantee. A task's comments go with the task.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
  const workspace = (c: ColumnDefinitionBuilder) => c.notNull().references('workspaces.id').onDelete('cascade');
  const optional = (table: string) => (c: ColumnDefinitionBuilder) => c.references(`${table}.id`).onDelete('set null');

  await db.schema
    .createTable('projects')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('account_id', text, optional('accounts'))
    .addColumn('owner_id', text, optional('users'))
    .addColumn('description_html', text)
    .addColumn('start_date', text)
    .addColumn('end_date', text)
    .addColumn('customer_portal_visible', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived_at', text)
    .addColumn('custom_fields', text, (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('projects_workspace').on('projects').columns(['workspace_id', 'id']).execute();

  await db.schema
    .createTable('milestones')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('project_id', text, (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('account_id', text, optional('accounts'))
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('due_date', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('milestones_project').on('milestones').column('project_id').execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('body_html', text)
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('account_id', text, optional('accounts'))
    .addColumn('assignee_id', text, optional('users'))
    .addColumn('project_id', text, optional('projects'))
    .addColumn('milestone_id', text, optional('milestones'))
    .addColumn('parent_task_id', text, optional('tasks'))
    .addColumn('due_date', text)
    .addColumn('customer_portal_visible', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('custom_fields', text, (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tasks_workspace').on('tasks').columns(['workspace_id', 'id']).execute();
  for (const column of ['project_id', 'milestone_id', 'parent_task_id']) {
    await db.schema.createIndex(`tasks_${column}`).on('tasks').column(column).execute();
  }

  await db.schema
    .createTable('task_comments')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('task_id', text, (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('author_user_id', text, optional('users'))
    .addColumn('body_html', text, (c) => c.notNull())
    .addColumn('is_internal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_edited_at', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('task_comments_task').on('task_comments').columns(['task_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['task_comments', 'tasks', 'milestones', 'projects']) {
    await db.schema.dropTable(table).execute();
  }
}
