/** The request bodies and query strings of the HTTP API, as zod schemas: validation and OpenAPI in one. */
import { z } from "zod";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, "an ISO date such as 2023-10-22");

export const CheckBody = z
  .object({
    id: z.string().min(1).max(500).optional().describe("echoed as the report's id"),
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
    id: z.string().min(1).max(500),
    text: z.string().min(1),
    title: z.string().max(2000).optional(),
    url: z.string().max(4000).optional(),
    published: z.string().max(100).optional(),
  })
  .strict();

export const DocumentsBody = z.union([
  DocumentBody,
  z.array(DocumentBody).min(1).max(10_000),
  z.object({ documents: z.array(DocumentBody).min(1).max(10_000) }).strict(),
]);

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
