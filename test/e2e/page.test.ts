/**
 * The web page as a person uses it, in a real headless Chromium (Debian's `chromium`, driven by
 * playwright-core). Skipped, with a message, where /usr/bin/chromium is missing; CI installs it with
 * .ci/install-chromium.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type Browser, chromium, type Page } from "playwright-core";
import type { RunningServer } from "../../src/server/serve.js";
import { editedCopy, HOSTILE, SAMPLE, sampleServer } from "../server/fixture.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../support/chromium.js";
import { unspun } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

const skip = existsSync(CHROMIUM)
  ? false
  : `no Chromium at ${CHROMIUM} (install it with .ci/install-chromium): end-to-end page tests skipped`;
if (skip) process.stderr.write(`# ${skip}\n`);

describe("the web page in Chromium", { skip }, () => {
  let browser: Browser;
  let server: RunningServer;

  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    server = await sampleServer();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page; fails the test on any script error, and records every request it makes. */
  async function open(url: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("dialog", (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(url);
    return { page, requests, errors };
  }

  async function paste(page: Page, text: string): Promise<void> {
    await page.fill("#article", text);
    await page.click("#check");
    await page.waitForSelector("#report[data-ready]");
  }

  test("paste the bundled spun example: its source, the changed number marked on both sides, click it", async () => {
    const text = readFileSync(join(SAMPLE, "queries", "spun-copy.txt"), "utf8");
    const { page, errors } = await open(`${server.url}/`);
    await paste(page, text);
    assert.equal((await page.textContent(".verdict"))?.trim(), "spun-copy");
    // Its meaning in words, from the labels the page is given (src/report/labels.ts), as a sentence.
    assert.equal(
      await page.textContent(".summary p"),
      "A spun copy: most of this article is a reworded copy of one source.",
    );
    const shown = await page.$$eval(".sources button[data-source]", (bs) =>
      bs.map((b) => b.getAttribute("data-source")),
    );
    assert.deepEqual(shown, ["sample-business-01"]);
    // The planted number change (a loss of 18.7 million reported as 13.7) stands out on both sides.
    const art = page.locator(".art .chg.meaning", { hasText: "13.7" });
    const src = page.locator(".src .chg.meaning", { hasText: "18.7" });
    assert.equal(await art.count(), 1);
    assert.equal(await src.count(), 1);
    await page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
    await page.click('.changes button[data-change]:has-text("13.7")');
    await page.waitForSelector(".art .chg.meaning.flash");
    assert.ok((await art.getAttribute("class"))?.includes("flash"), "the article's number flashes");
    assert.ok((await src.getAttribute("class"))?.includes("flash"), "the source's number flashes");
    // Its spin signals are marked in the text, and the "who says what" panel lists its sources.
    assert.ok((await page.locator(".art .spin").count()) > 0);
    assert.match((await page.textContent(".who-panel")) ?? "", /Halvern Foods/);
    // …and the names it mentions, by type.
    assert.match((await page.textContent(".who-panel .names")) ?? "", /Places: Millbrook \(2\)/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a copy with a changed number: source shown, the number marked on both sides, click scrolls to it", async () => {
    const { page, errors } = await open(`${server.url}/`);
    await paste(page, editedCopy());
    assert.equal((await page.textContent(".verdict"))?.trim(), "copy");
    assert.match((await page.textContent(".sources")) ?? "", /Halvern Foods to cut 600 jobs/);
    assert.equal((await page.textContent(".art .chg.meaning"))?.trim(), "650");
    assert.equal((await page.textContent(".src .chg.meaning"))?.trim(), "600");
    assert.match((await page.textContent(".art .was")) ?? "", /was 600/);
    // Article and source sit side by side: the two marks are on one row, left and right.
    const left = await page.locator(".art .chg.meaning").boundingBox();
    const right = await page.locator(".src .chg.meaning").boundingBox();
    assert.ok(left && right && left.x < right.x && Math.abs(left.y - right.y) < 40, "side by side, aligned");

    // Scroll away, then click the change in the list: both marks come into view and flash.
    await page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
    await page.click('.changes button[data-change]:has-text("650")');
    await page.waitForSelector(".art .chg.meaning.flash");
    assert.equal(await page.locator(".src .chg.meaning.flash").count(), 1);
    const inView = await page.$eval(".art .chg.meaning", (e) => {
      const r = e.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= (globalThis as unknown as { innerHeight: number }).innerHeight;
    });
    assert.ok(inView, "the change is scrolled into view");

    // The keyboard gets there too: n goes to the next meaning change.
    await page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
    await page.focus("body");
    await page.keyboard.press("n");
    const inViewAgain = await page.$eval(".art .chg.meaning", (e) => {
      const r = e.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= (globalThis as unknown as { innerHeight: number }).innerHeight;
    });
    assert.ok(inViewAgain, "n scrolls to the change");
    // Clicking the source scrolls to its first aligned sentence.
    await page.click(".sources button[data-source]");
    assert.equal(await page.locator(".sbs-row.aligned").first().isVisible(), true);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a report of the same event: the related report named, how a copy's source was changed", async () => {
    const { page, errors } = await open(`${server.url}/`);
    await paste(page, readFileSync(join(SAMPLE, "queries", "same-story.txt"), "utf8"));
    assert.equal((await page.textContent(".verdict"))?.trim(), "same-story");
    assert.match((await page.textContent(".related")) ?? "", /sample-politics-04.*no text reused/s);
    assert.deepEqual(errors, []);
    await page.close();
    // A fresh page: the report of the first paste would otherwise still be there, ready.
    const second = await open(`${server.url}/`);
    await paste(second.page, readFileSync(join(SAMPLE, "queries", "partial-copy.txt"), "utf8"));
    assert.match((await second.page.textContent(".sources")) ?? "", /keeps \d+% of the source: cut/);
    assert.deepEqual(second.errors, []);
    await second.page.close();
  });

  test("a page on another site can neither write to the corpus nor read it (no token set)", async () => {
    // The attacker's page: another origin (another port), which tries what any page may send to any site.
    const attacker = createServer((_req, res) => {
      res.setHeader("content-type", "text/html");
      res.end("<!doctype html><title>elsewhere</title><p>nothing here</p>");
    });
    await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
    const port = (attacker.address() as AddressInfo).port;
    const { page, errors } = await open(`http://127.0.0.1:${port}/`);
    const target = server.url;
    const outcome = (await page.evaluate(async (url) => {
      const body = JSON.stringify({ id: "sample-business-01", title: "Hijacked", text: "Replaced by another site." });
      const tries: string[] = [];
      for (const init of [
        { method: "POST", mode: "no-cors", headers: { "content-type": "text/plain" }, body },
        { method: "POST", mode: "no-cors", body: new URLSearchParams({ json: body }) },
      ] as RequestInit[])
        tries.push(
          await fetch(`${url}/api/documents`, init).then(
            (r) => `sent (${r.type})`,
            (e) => `error ${e}`,
          ),
        );
      // A read across origins: the browser withholds the answer, the server sends no CORS header.
      tries.push(
        await fetch(`${url}/api/documents/sample-business-01`).then(
          (r) => `read ${r.status}`,
          () => "unreadable",
        ),
      );
      return tries;
    }, target)) as string[];
    assert.equal(outcome[2], "unreadable");
    const doc = (await (await fetch(`${target}/api/documents/sample-business-01`)).json()) as { title: string };
    assert.equal(doc.title, "Halvern Foods to cut 600 jobs as it closes two plants", "the document is untouched");
    assert.ok(errors.every((e) => !/pwned/.test(e)));
    await page.close();
    await new Promise<void>((resolve) => attacker.close(() => resolve()));
  });

  test("untrusted text stays text: the served page", async () => {
    const { page, errors } = await open(`${server.url}/`);
    await paste(page, HOSTILE);
    const report = await page.$eval("#report", (r) => ({
      text: r.textContent ?? "",
      imgs: r.querySelectorAll("img").length,
      links: r.querySelectorAll("a").length,
      scripts: r.querySelectorAll("script").length,
      bold: r.querySelectorAll("b").length,
    }));
    assert.equal(await page.evaluate("window.__pwned"), undefined);
    assert.deepEqual({ ...report, text: "" }, { text: "", imgs: 0, links: 0, scripts: 0, bold: 0 });
    assert.ok(report.text.includes("</script><script>window.__pwned = 1</script>"), "markup shown as text");
    assert.ok(report.text.includes('<img src=x onerror="window.__pwned = 2">'));
    assert.ok(!report.text.includes("\u202e"), "a bidi override is shown as a replacement character");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("untrusted text stays text: the self-contained report of `unspun check --html`, which makes no request", async () => {
    const dir = tempDir();
    const file = join(dir, "hostile.txt");
    // (without the NUL, which makes a file binary data to `unspun check`)
    writeFileSync(file, `${editedCopy()}\n\n${HOSTILE.replaceAll(String.fromCharCode(0), "")}`);
    const html = join(dir, "report.html");
    const db = join(dir, "sample.db");
    assert.equal(unspun(["add", "--quiet", "--db", db, join(SAMPLE, "corpus.jsonl")]).status, 0);
    const r = unspun(["check", "--db", db, file, "--html", html]);
    assert.equal(r.status, 0, r.stderr);
    const { page, requests, errors } = await open(`file://${html}`);
    await page.waitForSelector("#report[data-ready]");
    assert.equal((await page.textContent(".art .chg.meaning"))?.trim(), "650");
    assert.equal((await page.textContent(".src .chg.meaning"))?.trim(), "600");
    assert.equal(await page.evaluate("window.__pwned"), undefined);
    assert.equal(await page.locator("#report img, #report a, #report script, #report b").count(), 0);
    assert.ok(((await page.textContent("#report")) ?? "").includes("</script><script>window.__pwned = 1</script>"));
    assert.deepEqual(requests, [`file://${html}`], "no request beyond the file itself");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("readable on a phone: one column, no sideways scrolling", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${server.url}/`);
    await paste(page, editedCopy());
    const width = await page.evaluate<number>("document.documentElement.scrollWidth");
    assert.ok(width <= 390, `page is ${width}px wide`);
    assert.equal((await page.textContent(".src .chg.meaning"))?.trim(), "600");
    await page.close();
  });
});
