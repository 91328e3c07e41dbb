/**
 * The HTTP API and the web page, as one Hono app (see `openapi.ts` for the API's description).
 *
 *   POST   /api/check               check an article (JSON {text|html, title?, published?…}, or a raw
 *                                   text/plain or text/html body); `?sourceTexts=1` adds the sources' texts
 *   GET    /api/documents           list documents (?offset, ?limit)
 *   GET    /api/documents/:id       one document
 *   POST   /api/documents           add or replace documents (bearer token when one is configured; else
 *                                   application/json from no other site's page)
 *   DELETE /api/documents/:id       remove a document (the same consent)
 *   GET    /api/search?q=           documents by words
 *   GET    /api/stats               what the corpus holds
 *   GET    /api/openapi.json        this API, described
 *   GET    /                        the web page
 *
 * Every error is a JSON body `{"error": "…"}` (with `issues` for a request that fails validation) and a
 * 4xx status for what the client can fix. A request for a host name the server is not is refused (421): a web
 * page that rebinds its own name to this address reads and writes nothing.
 */
import { timingSafeEqual } from "node:crypto";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import { CheckJobError, HttpError } from "../errors.js";
import { charsetFromContentType, decodeAs, decodeMarkup, decodeText } from "../ingest/decode.js";
import { appPageCsp, renderAppPage } from "../report/html.js";
import type { CorpusStore } from "../store/store.js";
import type { CheckRequest } from "./check-job.js";
import { openApiDocument } from "./openapi.js";
import type { CheckRunner } from "./runner.js";
import { CheckBody, DocumentList, ListQuery, SearchQuery } from "./schemas.js";
import type { WordSearch } from "./search.js";

export interface AppOptions {
  corpus: CorpusStore;
  runner: CheckRunner;
  search: WordSearch;
  /** When set, adding and removing documents need `Authorization: Bearer <token>`. */
  token?: string;
  /**
   * The Host headers this server answers to (`host:port`, lower case); absent, any. Binding to one address, the
   * server knows its own names, and a request for another is a browser led there by DNS rebinding.
   */
  hosts?: string[];
  /** The origins of the server's own page (`http://host:port`): the only ones a write without a token may come from. */
  origins?: string[];
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
}

const fail = (c: Context, status: ContentfulStatusCode, error: string, issues?: unknown) =>
  c.json(issues === undefined ? { error } : { error, issues }, status);

function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const first = issues[0];
  throw new HttpError(400, `invalid ${what}: ${first.path ? `${first.path}: ` : ""}${first.message}`, issues);
}

/**
 * The body as text, decoded as the command line decodes files: a text's charset from its Content-Type (else
 * UTF-8, or the byte-order mark's), a page's as browsers find it; binary data or broken UTF-8 is refused,
 * not checked as replacement characters.
 */
async function readBodyText(c: Context, kind: "text" | "html"): Promise<string> {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  const charset = charsetFromContentType(c.req.header("content-type"));
  const decoded =
    kind === "html"
      ? decodeMarkup(bytes, charset)
      : charset && charset !== "utf-8"
        ? { ok: true as const, text: decodeAs(bytes, charset) }
        : decodeText(bytes);
  if (!decoded.ok) throw new HttpError(400, `the request body is ${decoded.message}`);
  return decoded.text;
}

async function readJson(c: Context): Promise<unknown> {
  const raw = await readBodyText(c, "text");
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpError(400, "the request body is not valid JSON");
  }
}

/** The documents of a POST /api/documents body, whichever of its three shapes it has (see DocumentsBody). */
function documentsOf(body: unknown): unknown {
  if (Array.isArray(body)) return body;
  if (body && typeof body === "object" && "documents" in body && Object.keys(body).length === 1)
    return (body as { documents: unknown }).documents;
  return [body];
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Consent for a write. With a token: the bearer token. Without one (the user chose to run so): a request a web
 * page on another site cannot make — `application/json` (a cross-site page can send only text/plain, forms
 * and multipart without asking the server first, and this server answers no such question) and, where the
 * browser names its origin, the server's own page's origin.
 */
function requireConsent(token: string | undefined, origins: () => string[] | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token) {
      const header = c.req.header("authorization") ?? "";
      const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!m || !sameSecret(m[1], token)) {
        c.header("WWW-Authenticate", 'Bearer realm="unspun"');
        return fail(c, 401, "this needs the server's bearer token: Authorization: Bearer <token>");
      }
      return next();
    }
    const origin = c.req.header("origin");
    if (origin !== undefined && !(origins() ?? []).includes(origin.toLowerCase()))
      return fail(c, 403, `a write from another site (${origin}) is refused: run the server with a token to allow it`);
    const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (c.req.method !== "DELETE" && type !== "application/json")
      return fail(c, 415, "without a token, writes take application/json only");
    await next();
  };
}

/** Refuses a request for a host the server is not (DNS rebinding), when it knows its names. */
function requireHost(names: () => string[] | undefined): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header("host") ?? "").toLowerCase();
    const hosts = names();
    if (hosts && !hosts.includes(host))
      return fail(c, 421, `this server answers for ${hosts.join(", ")}, not for ${JSON.stringify(host)}`);
    await next();
  };
}

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  guard(app, options);
  servePage(app);
  checkRoute(app, options);
  documentRoutes(app, options);
  corpusRoutes(app, options);
  return app;
}

/** What every answer carries, the hosts it answers for, the body limit, and errors as JSON. */
function guard(app: Hono, options: AppOptions): void {
  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
  });
  // Read at each request: the server learns its port once it listens.
  app.use(
    "*",
    requireHost(() => options.hosts),
  );
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: options.maxBodyBytes,
      onError: (c) =>
        fail(c, 413, `the request body is larger than the server's limit of ${options.maxBodyBytes} bytes`),
    }),
  );

  app.onError((err, c) => {
    if (err instanceof HttpError) return fail(c, err.status as ContentfulStatusCode, err.message, err.issues);
    if (err instanceof CheckJobError) return fail(c, err.status as ContentfulStatusCode, err.message);
    return fail(c, 500, `internal error: ${err.message}`);
  });
  app.notFound((c) => fail(c, 404, `no such endpoint: ${c.req.method} ${c.req.path}`));
}

/** The page and the API's description. */
function servePage(app: Hono): void {
  const page = renderAppPage();
  const csp = appPageCsp();

  app.get("/", (c) => {
    c.header("Content-Security-Policy", csp);
    c.header("Cache-Control", "no-cache");
    return c.html(page);
  });

  app.get("/api/openapi.json", (c) => c.json(openApiDocument()));
}

/** `POST /api/check`: JSON, or the article itself as text/plain or text/html. */
function checkRoute(app: Hono, { runner }: AppOptions): void {
  app.post("/api/check", async (c) => {
    const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
    let request: CheckRequest;
    if (type === "application/json" || type === "") {
      request = validate(CheckBody, await readJson(c), "request body");
    } else if (type === "text/plain" || type === "text/html") {
      const body = await readBodyText(c, type === "text/html" ? "html" : "text");
      if (!body.trim()) throw new HttpError(400, "the request body is empty: send the article");
      const title = c.req.query("title");
      const published = c.req.query("published");
      request = validate(
        CheckBody,
        {
          ...(type === "text/html" ? { html: body } : { text: body }),
          ...(title ? { title } : {}),
          ...(published ? { published } : {}),
        },
        "request",
      );
    } else {
      throw new HttpError(415, `send application/json, text/plain or text/html, not ${type}`);
    }
    const withTexts = ["1", "true"].includes(c.req.query("sourceTexts") ?? "");
    const result = await runner.run(request, withTexts);
    return c.json(withTexts ? result : result.report);
  });
}

/** Listing, reading, adding and removing documents (writes need consent). */
function documentRoutes(app: Hono, options: AppOptions): void {
  const { corpus, runner, search } = options;
  app.get("/api/documents", async (c) => {
    const q = validate(ListQuery, c.req.query(), "query");
    const documents = (await corpus.documentsAt(q.offset, q.limit)).map(describe);
    return c.json({ total: await corpus.count(), offset: q.offset, limit: q.limit, documents });
  });

  app.get("/api/documents/:id", async (c) => {
    const d = await corpus.get(c.req.param("id"));
    if (!d) throw new HttpError(404, `no document with id ${JSON.stringify(c.req.param("id"))}`);
    const { num: _num, ...doc } = d;
    return c.json(doc);
  });

  app.post(
    "/api/documents",
    requireConsent(options.token, () => options.origins),
    async (c) => {
      const docs = validate(DocumentList, documentsOf(await readJson(c)), "request body");
      const result = await corpus.add(docs);
      const stored = [];
      for (const d of docs) stored.push({ num: (await corpus.get(d.id))?.num ?? -1, article: d });
      await search.added(stored);
      runner.reset();
      return c.json({ ...result, ids: docs.map((d) => d.id) }, result.added > 0 ? 201 : 200);
    },
  );

  app.delete(
    "/api/documents/:id",
    requireConsent(options.token, () => options.origins),
    async (c) => {
      const id = c.req.param("id");
      const doc = await corpus.get(id);
      if (!doc) throw new HttpError(404, `no document with id ${JSON.stringify(id)}`);
      await corpus.remove([id]);
      await search.removed([doc.num]);
      runner.reset();
      return c.json({ removed: id });
    },
  );
}

/** Word search and what the corpus holds. */
function corpusRoutes(app: Hono, { corpus, search }: AppOptions): void {
  app.get("/api/search", async (c) => {
    const q = validate(SearchQuery, c.req.query(), "query");
    return c.json({ query: q.q, results: await search.search(q.q, q.limit) });
  });

  app.get("/api/stats", async (c) => c.json(await corpus.stats()));
}

function describe(d: { id: string; title?: string; url?: string; published?: string; text: string }) {
  return {
    id: d.id,
    ...(d.title ? { title: d.title } : {}),
    ...(d.url ? { url: d.url } : {}),
    ...(d.published ? { published: d.published } : {}),
    characters: d.text.length,
  };
}
