import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { resetClock } from '../../core/clock.js';
import { FaultBook } from './fault-book.js';
import { faultInjectionHook } from './fault-injection.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The faults injected into this instance (only with TEST_CONTROLS=true; the routes using it exist only then). */
    testFaults: FaultBook;
  }
}

/**
 * Test controls for integration developers (TEST_CONTROLS=true): demo data, snapshots, fault injection and the
 * business clock, under `/helpline/test/`. Off, this adds nothing: no hook, and the API surface does not serve the
 * routes (they are marked `testControl`), so they answer 404 like any unknown route.
 */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    if (!config.testControls) return;
    app.log.warn(
      'Test controls are on (TEST_CONTROLS=true): admin tokens can replace their workspace; never in production',
    );
    const faults = new FaultBook();
    app.decorate('testFaults', faults);
    app.addHook('preParsing', faultInjectionHook(faults));
    // Business time is the process's: the next server built in this process starts from real time.
    app.addHook('onClose', async () => resetClock());
  },
  { name: 'test-controls', dependencies: ['services'] },
);
