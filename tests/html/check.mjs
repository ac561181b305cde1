// Loads a generated reference page in headless Chromium and reports, as
// one line of JSON, what a reader would meet: every row's code, where each
// `#CODE` link lands, what the filter leaves for each query, whether a
// script in a text ran, every request that left the page, the keyboard's
// path, the colour schemes and print, and axe-core's audit. Writes a
// screenshot 1280 px wide. The Rust test (tests/suite/html_page.rs) judges.
//
// usage: node check.mjs PAGE.html SCREENSHOT.png QUERIES_JSON
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

import { chromium } from "playwright-core";

const [pagePath, screenshotPath, queriesJson] = process.argv.slice(2);
const queries = JSON.parse(queriesJson);
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const report = {};
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("file:")) requests.push(request.url());
  });
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  const url = pathToFileURL(pagePath).href;
  await page.goto(url);
  report.codes = await page.$$eval("tbody tr", (rows) => rows.map((row) => row.id));
  report.injected = await page.evaluate(() => window.__injected === true);
  report.text = await page.evaluate(() => document.querySelector("main").textContent);

  // Each anchor: the row it names is the target, and in view.
  report.anchors = {};
  for (const code of report.codes) {
    report.anchors[code] = await page.evaluate(async (code) => {
      location.hash = "#" + encodeURIComponent(code);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const row = document.getElementById(code);
      const box = row.getBoundingClientRect();
      return document.querySelector(":target") === row && box.bottom > 0 && box.top < innerHeight;
    }, code);
  }
  await page.goto(url);

  // The filter, as one types.
  report.filtered = [];
  for (const query of queries) {
    await page.fill("#filter", "");
    await page.type("#filter", query);
    report.filtered.push({
      query,
      shown: await page.$$eval("tbody tr:not([hidden])", (rows) => rows.map((row) => row.id)),
      status: await page.textContent("#shown"),
      sections: await page.$$eval("section:not([hidden]) h2", (titles) => titles.length),
    });
  }
  await page.fill("#filter", "");
  await page.dispatchEvent("#filter", "input");

  // The keyboard: the first stops from the top of the page.
  await page.goto(url);
  report.keyboard = [];
  for (let stop = 0; stop < 6; stop += 1) {
    await page.keyboard.press("Tab");
    report.keyboard.push(
      await page.evaluate(() => {
        const element = document.activeElement;
        return element.tagName.toLowerCase() + (element.id ? "#" + element.id : "");
      }),
    );
  }
  // A summary opens its example with the keyboard.
  const summary = await page.$("summary");
  if (summary) {
    await summary.focus();
    await page.keyboard.press("Enter");
    report.example_opens = await page.evaluate(() => document.querySelector("details").open);
  }

  // Colour schemes and print.
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  report.light = await background();
  await page.emulateMedia({ colorScheme: "dark" });
  report.dark = await background();
  await page.emulateMedia({ colorScheme: "light", media: "print" });
  report.print_filter = await page.evaluate(() => getComputedStyle(document.querySelector(".filter")).display);
  await page.emulateMedia({ media: "screen" });

  await page.screenshot({ path: screenshotPath });

  // axe-core, run in the page (an evaluation, which the page's policy does
  // not govern).
  await page.evaluate(axeSource);
  const audit = await page.evaluate(() => axe.run(document, { resultTypes: ["violations"] }));
  report.violations = audit.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.length,
  }));
  report.requests = requests;
  report.errors = errors;
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
