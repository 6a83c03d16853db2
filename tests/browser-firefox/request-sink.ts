import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RequestSink {
  port: number;
  /** "METHOD target" of every request Firefox tried to send off the machine. */
  requests: readonly string[];
  close(): Promise<void>;
}

/**
 * A local proxy that answers nothing: Firefox sends all non-localhost traffic here, so a test can
 * assert that nothing tried to leave the machine, and nothing does.
 */
export async function startRequestSink(): Promise<RequestSink> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.statusCode = 502;
    response.end();
  });
  server.on('connect', (request, socket) => {
    requests.push(`CONNECT ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
