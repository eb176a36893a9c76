import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

/**
 * Serves a built site as any static host would: files, folder index.html, and 404.html for the rest.
 * Only ever listens on the loopback address.
 * @example const server = await serveStatic("_site", 8080); // http://127.0.0.1:8080/
 */
export async function serveStatic(root: string, port: number, pathPrefix = "/"): Promise<http.Server> {
  const base = path.resolve(root);
  const prefix = pathPrefix.endsWith("/") ? pathPrefix : `${pathPrefix}/`;
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return send404();
    pathname = pathname.slice(prefix.length - 1) || "/";
    let file = path.join(base, path.normalize(pathname));
    if (!file.startsWith(base)) return send404();
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith("/")) {
          response.writeHead(301, { location: `${url.pathname}/` }).end();
          return;
        }
        file = path.join(file, "index.html");
        await stat(file);
      }
      response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      createReadStream(file).pipe(response);
    } catch {
      send404();
    }

    function send404(): void {
      response.writeHead(404, { "content-type": TYPES[".html"] });
      createReadStream(path.join(base, "404.html"))
        .on("error", () => response.end("Not found"))
        .pipe(response);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return server;
}
