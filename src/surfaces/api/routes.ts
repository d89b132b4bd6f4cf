import { importFeatureModules } from '../../core/discovery.js';
import type { RouteDefinition } from '../../core/http/route.js';

/** A feature's operations of the public API: one file per operation in its `routes/` folder. */
const ROUTE_FILE = /^[^/]+\/routes\/[^/]+\.[jt]s$/;

/** Every operation of the public API, found in the features' `routes/` folders. */
export async function loadApiRoutes(): Promise<RouteDefinition[]> {
  const found = await importFeatureModules<{ default: RouteDefinition }>(ROUTE_FILE);
  return found.map(({ path, module }) => {
    if (!module.default?.url) throw new Error(`features/${path} must export a route (defineRoute) as its default`);
    return module.default;
  });
}
