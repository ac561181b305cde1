// Loads a page in headless Chromium ROUNDS times and prints the median time
// to DOMContentLoaded, in milliseconds, from the navigation's own timing.
//
// usage: node html_ready.mjs MODULES_FOLDER PAGE.html ROUNDS
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [modules, pagePath, rounds] = process.argv.slice(2);
const require = createRequire(join(modules, "package.json"));
const { chromium } = require("playwright-core");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const times = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (let round = 0; round < Number(rounds); round += 1) {
    await page.goto(pathToFileURL(pagePath).href, { waitUntil: "domcontentloaded" });
    times.push(
      await page.evaluate(() => performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd),
    );
  }
} finally {
  await browser.close();
}
times.sort((a, b) => a - b);
console.log(times[Math.floor(times.length / 2)].toFixed(0));
