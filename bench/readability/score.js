// Mozilla Readability (with jsdom) on a saved page, scored against gold text by the same token-level
// F1 as Malaff's own measure (whitespace tokens, counted as multisets).
// Usage: node score.js PAGE.html GOLD.txt [URL]
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { Readability } from "@mozilla/readability";

const [page, gold, url] = process.argv.slice(2);
const dom = new JSDOM(readFileSync(page), { url: url || "http://example.org/" });
const article = new Readability(dom.window.document).parse();
const text = article ? article.textContent : "";
const tokens = (s) => s.trim().split(/\s+/).filter((t) => t.length > 0);
const got = tokens(text);
const want = tokens(readFileSync(gold, "utf8"));
const left = new Map();
for (const t of want) left.set(t, (left.get(t) || 0) + 1);
let common = 0;
for (const t of got) {
  const c = left.get(t) || 0;
  if (c > 0) { common++; left.set(t, c - 1); }
}
const p = got.length ? common / got.length : 0;
const r = want.length ? common / want.length : 0;
const f1 = p + r ? (2 * p * r) / (p + r) : 0;
console.log(`Mozilla Readability 0.6.0: precision ${p.toFixed(3)} recall ${r.toFixed(3)} F1 ${f1.toFixed(3)} (${got.length} tokens, gold ${want.length})`);
