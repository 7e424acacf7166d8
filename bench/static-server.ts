import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readStaticFile } from '../electron/core/page/static-files';

/** Serves a folder on 127.0.0.1 for the reference pages; the same file reader as the browser host. */
export async function serveFolder(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    void readStaticFile(root, request.url ?? '/').then((file) => {
      if (!file) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': file.contentType }).end(file.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
