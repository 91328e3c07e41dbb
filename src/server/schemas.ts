/** The request bodies and query strings of the HTTP API, as zod schemas: validation and OpenAPI in one. */
import { z } from "zod";
import { idProblem, MAX_ID_CHARS } from "../ingest/article.js";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, "an ISO date such as 2023-10-22");

/** An id: the one rule of ingest/article.ts (1 to 500 characters, not blank, no control characters). */
const Id = z
  .string()
  .max(MAX_ID_CHARS, `the id is longer than ${MAX_ID_CHARS} characters`)
  .superRefine((id, ctx) => {
    const problem = idProblem(id);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** Most documents one POST /api/documents may add. */
export const MAX_DOCUMENTS_PER_REQUEST = 10_000;

export const CheckBody = z
  .object({
    id: Id.optional().describe("echoed as the report's id"),
    text: z.string().min(1).optional().describe("the article as plain text: offsets index it"),
    html: z.string().min(1).optional().describe("the article as an HTML page: its main text is extracted"),
    title: z.string().max(2000).optional(),
    url: z.string().max(4000).optional(),
    published: isoDate.optional().describe("when the article was published: resolves relative dates"),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.html === undefined), {
    message: "give exactly one of text and html",
  });

export const DocumentBody = z
  .object({
    id: Id,
    text: z.string().min(1),
    title: z.string().max(2000).optional(),
    url: z.string().max(4000).optional(),
    published: z.string().max(100).optional(),
  })
  .strict();

export const DocumentList = z
  .array(DocumentBody)
  .min(1, "give at least one document")
  .max(
    MAX_DOCUMENTS_PER_REQUEST,
    `at most ${MAX_DOCUMENTS_PER_REQUEST.toLocaleString("en")} documents in one request: send the rest in more`,
  )
  .superRefine((docs, ctx) => {
    const seen = new Set<string>();
    docs.forEach((d, i) => {
      if (seen.has(d.id))
        ctx.addIssue({ code: "custom", path: [i, "id"], message: `the id ${JSON.stringify(d.id)} is given twice` });
      seen.add(d.id);
    });
  });

/** What POST /api/documents takes: one document, a list of them, or `{documents: [...]}` (for the OpenAPI). */
export const DocumentsBody = z.union([DocumentBody, DocumentList, z.object({ documents: DocumentList }).strict()]);

export const ListQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const SearchQuery = z.object({
  q: z.string().min(1, "q: give some words to search for").max(500),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export type CheckBodyT = z.infer<typeof CheckBody>;
export type DocumentBodyT = z.infer<typeof DocumentBody>;
