import { randomUUID } from 'node:crypto';
import fp from 'fastify-plugin';
import type { ImapFlow } from 'imapflow';
import type { Config } from '../../config.js';
import { listEnabledImapMailboxIds } from './imap-mailbox.repository.js';
import { pollImapMailbox, type PollOptions } from './imap-poll.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The IMAP poller: `pollNow()` reads every enabled mailbox once (what the timer does every interval). */
    imapPoller: { pollNow(): Promise<void> };
  }
}

/**
 * IMAP: every `IMAP_POLL_INTERVAL_MS`, each enabled mailbox is read for new mail, one after another, by whichever
 * instance takes its lease. Polling starts when the server is ready; closing stops the timer, cuts open
 * connections and waits for the poll under way.
 */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    const deps = app.helpline;
    let closing = false;
    const options: PollOptions = {
      owner: randomUUID(),
      leaseMs: config.delivery.leaseMs,
      maxBytes: config.email.inboundMaxBytes,
      open: new Set<ImapFlow>(),
      isClosing: () => closing,
    };
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> | undefined;

    const pollAll = async () => {
      for (const id of await listEnabledImapMailboxIds(deps.store.db)) {
        if (closing) return;
        await pollImapMailbox(deps, id, options).catch((error: unknown) =>
          app.log.warn({ err: error, mailbox: id }, 'IMAP poll failed'),
        );
      }
    };
    // One poll at a time: asked during one, the caller waits for it, then for its own.
    const pollNow = async (): Promise<void> => {
      while (running) await running;
      if (closing) return;
      running = pollAll()
        .catch((error: unknown) => app.log.warn({ err: error }, 'IMAP poll failed'))
        .finally(() => (running = undefined));
      await running;
    };
    const schedule = () => {
      if (closing) return;
      timer = setTimeout(() => void pollNow().finally(schedule), config.email.imapPollIntervalMs);
      timer.unref();
    };

    app.decorate('imapPoller', { pollNow });
    app.addHook('onReady', async () => schedule());
    app.addHook('onClose', async () => {
      closing = true;
      clearTimeout(timer);
      for (const client of options.open) client.close();
      await running;
    });
  },
  { name: 'imap', dependencies: ['services', 'store'] },
);
