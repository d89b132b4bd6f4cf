import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';

/**
 * The OpenAPI document of every route Helpline serves (built from the route schemas, so from the contract) at
 * `/openapi.json`, and an interactive reference at `/docs`. Neither needs a token.
 */
export default fp<{ publicUrl: string }>(
  async (app, { publicUrl }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'Helpline API',
          version: '1.0.0',
          description: "Helpline speaks Pylon's public REST API. Authenticate with `Authorization: Bearer <token>`.",
        },
        servers: [{ url: publicUrl }],
        components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
      },
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    });
    // Its own Content-Security-Policy, with the hashes of the page's inline scripts.
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
