import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string[]; from: string; subject: string; text: string };

/**
 * A real SMTP server in the test process (the `smtp-server` package) on a free port: what the
 * app sends arrives here over SMTP and is parsed back with `mailparser`. `refuse` makes it answer
 * every message with a permanent error, as a broken mail server would.
 */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const waiting: { test: (m: ReceivedMail) => boolean; resolve: (m: ReceivedMail) => void }[] = [];
  let refuse = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(_auth, _session, callback) {
      callback(null, { user: 'test' });
    },
    onData(stream, session, callback) {
      if (refuse) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('550 mailbox unavailable (test)'), { responseCode: 550 })));
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          const mail = {
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          };
          received.push(mail);
          for (const w of [...waiting]) {
            if (w.test(mail)) {
              waiting.splice(waiting.indexOf(w), 1);
              w.resolve(mail);
            }
          }
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://test:test@127.0.0.1:${port}`,
    received,
    set refuse(value: boolean) {
      refuse = value;
    },
    /** The first message (already here or still to come) that passes `test`. */
    next(test: (m: ReceivedMail) => boolean): Promise<ReceivedMail> {
      const found = received.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiting.push({ test, resolve }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
