import type { FastifyPluginAsync } from 'fastify';

/** What `fastify-plugin` records on a plugin: its name and the plugins it needs loaded first. */
interface PluginMeta {
  name?: string;
  dependencies?: string[];
}

const metaOf = (plugin: FastifyPluginAsync<never>): PluginMeta =>
  (Reflect.get(plugin, Symbol.for('plugin-meta')) as PluginMeta | undefined) ?? {};

/**
 * Orders plugins so that each comes after the ones it declares as dependencies (Fastify then checks they are
 * there). A dependency outside the list is assumed loaded already; a cycle is a wiring mistake and fails the start.
 */
export function orderByDependencies<P extends FastifyPluginAsync<never>>(plugins: P[]): P[] {
  const byName = new Map(plugins.map((plugin) => [metaOf(plugin).name, plugin]));
  const ordered: P[] = [];
  const visiting = new Set<P>();
  const visit = (plugin: P): void => {
    if (ordered.includes(plugin)) return;
    if (visiting.has(plugin)) throw new Error(`Plugin ${metaOf(plugin).name} depends on itself through others`);
    visiting.add(plugin);
    for (const dependency of metaOf(plugin).dependencies ?? []) {
      const required = byName.get(dependency);
      if (required) visit(required);
    }
    ordered.push(plugin);
  };
  plugins.forEach(visit);
  return ordered;
}
