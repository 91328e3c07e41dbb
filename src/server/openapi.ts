/** The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json (request schemas from zod). */
import { z } from "zod";
import { SOURCE_EDITS, VERDICTS } from "../report/types.js";
import { CheckBody, DocumentsBody } from "./schemas.js";

const json = (schema: unknown) => ({ "application/json": { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string) => ({ description, content: json(ref("Error")) });
const errors = {
  "400": error("invalid request (the body says which field and why)"),
  "413": error("request body too large"),
};
const auth = [{ bearer: [] }];

/** The Report of CONTRACT.md, its top level (the verdicts and edits from the contract's own lists). */
function reportSchema(): object {
  return {
    type: "object",
    description: "The report of CONTRACT.md (version 1)",
    required: [
      "version",
      "article",
      "verdict",
      "sources",
      "related",
      "passages",
      "sentences",
      "changes",
      "spin",
      "claims",
    ],
    properties: {
      id: { type: "string" },
      version: { const: 1 },
      article: { type: "object" },
      verdict: { enum: [...VERDICTS] },
      sources: {
        type: "array",
        items: {
          type: "object",
          required: ["id", "share", "similarity", "kept", "edits"],
          properties: {
            id: { type: "string" },
            title: { type: "string" },
            share: { type: "number" },
            similarity: { type: "number" },
            kept: { type: "number", description: "share of the source the article keeps" },
            edits: { type: "array", items: { enum: [...SOURCE_EDITS] } },
          },
        },
      },
      related: {
        type: "array",
        description: "corpus documents reporting the same event without text reused, closest first",
        items: {
          type: "object",
          required: ["id", "similarity"],
          properties: { id: { type: "string" }, title: { type: "string" }, similarity: { type: "number" } },
        },
      },
      passages: { type: "array", items: { type: "object" } },
      sentences: { type: "array", items: { type: "object" } },
      changes: { type: "array", items: { type: "object" } },
      spin: { type: "object" },
      claims: { type: "object" },
    },
  };
}

/** A corpus document as the API gives it back. */
const DOCUMENT_SCHEMA = {
  type: "object",
  required: ["id", "text"],
  properties: {
    id: { type: "string" },
    text: { type: "string" },
    title: { type: "string" },
    url: { type: "string" },
    published: { type: "string" },
  },
};

/** `POST /api/check`. */
function checkPath(): object {
  return {
    post: {
      summary: "Check an article against the corpus",
      parameters: [
        {
          name: "sourceTexts",
          in: "query",
          schema: { enum: ["1", "true"] },
          description: "answer {report, sourceTexts: {id: text}} instead of the bare Report",
        },
        {
          name: "title",
          in: "query",
          schema: { type: "string" },
          description: "for a text/plain or text/html body",
        },
        { name: "published", in: "query", schema: { type: "string" }, description: "for a text body" },
      ],
      requestBody: {
        required: true,
        content: {
          ...json(ref("CheckRequest")),
          "text/plain": { schema: { type: "string" } },
          "text/html": { schema: { type: "string" } },
        },
      },
      responses: {
        "200": { description: "the report", content: json(ref("Report")) },
        ...errors,
        "415": error("unsupported content type"),
        "422": error("an HTML page with no article in it"),
        "503": error("the check ran over the time limit, or the server is busy"),
      },
    },
  };
}

/** `/api/documents` and `/api/documents/{id}`. */
function documentPaths(): object {
  return {
    "/api/documents": {
      get: {
        summary: "List the corpus's documents",
        parameters: [
          { name: "offset", in: "query", schema: { type: "integer", minimum: 0 } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 1000 } },
        ],
        responses: { "200": { description: "{total, offset, limit, documents: [{id, title?, characters}]}" } },
      },
      post: {
        summary: "Add documents (an id already present is replaced)",
        security: auth,
        requestBody: { required: true, content: json(ref("Documents")) },
        responses: {
          "201": { description: "{added, replaced, ids}" },
          "200": { description: "{added: 0, replaced, ids}: only replacements" },
          ...errors,
          "401": error("missing or wrong bearer token"),
        },
      },
    },
    "/api/documents/{id}": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      get: {
        summary: "One document, with its text",
        responses: {
          "200": { description: "the document", content: json(ref("Document")) },
          "404": error("no such id"),
        },
      },
      delete: {
        summary: "Remove a document",
        security: auth,
        responses: {
          "200": { description: "{removed: id}" },
          "401": error("missing or wrong bearer token"),
          "404": error("no such id"),
        },
      },
    },
  };
}

/** Search, stats and this document. */
function otherPaths(): object {
  return {
    "/api/search": {
      get: {
        summary: "Find documents by words (every word must occur; the last may be a prefix)",
        parameters: [
          { name: "q", in: "query", required: true, schema: { type: "string" } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100 } },
        ],
        responses: { "200": { description: "{query, results: [{id, title?, snippet, score}]}" }, ...errors },
      },
    },
    "/api/stats": { get: { summary: "What the corpus holds", responses: { "200": { description: "CorpusStats" } } } },
    "/api/openapi.json": { get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1" } } } },
  };
}

let cached: object | null = null;

export function openApiDocument(): object {
  if (cached) return cached;
  const schema = (s: z.ZodType) => z.toJSONSchema(s, { unrepresentable: "any", io: "input" });
  cached = {
    openapi: "3.1.0",
    info: {
      title: "unspun",
      version: "1",
      description:
        "News text forensics: where an article came from, what was changed, who says what. The Report is version 1 of CONTRACT.md; every span is [start, end) in UTF-16 code units.",
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        CheckRequest: schema(CheckBody),
        Documents: schema(DocumentsBody),
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "string" }, issues: { type: "array", items: { type: "object" } } },
        },
        Report: reportSchema(),
        Document: DOCUMENT_SCHEMA,
      },
    },
    paths: { "/api/check": checkPath(), ...documentPaths(), ...otherPaths() },
  };
  return cached;
}
