/** Helpers for the tools' browser tests: what the browser stores, seeding it, printing, requests. */
import type { Page } from 'playwright-core';
import { serialize, type ToolKind } from '../../../src/lib/tools/envelope';
import { storageKey } from '../../../src/lib/tools/storage';
import { baseUrl, goto } from './browser';

/** Everything this site keeps in localStorage and sessionStorage right now. */
export const storedItems = (page: Page) =>
  page.evaluate(() => {
    const dump = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i)!).map((k) => [k, s.getItem(k)!]));
    return { local: dump(localStorage), session: dump(sessionStorage) };
  });

/** Puts a tool's data in localStorage as the tool itself would, then opens `path`. */
export async function seed<T>(page: Page, kind: ToolKind, data: T, path: string) {
  if (!page.url().startsWith(baseUrl())) await goto(page, '/privacy/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [storageKey(kind), serialize(kind, data)]);
  await goto(page, path);
}

export async function printedPages(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Records every request the page makes, with its method and body. */
export function recordRequests(page: Page) {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
  return {
    requests,
    /** Requests that are not a plain GET to this site. */
    foreign: () => requests.filter((r) => !r.startsWith(`GET ${new URL(baseUrl()).origin}/`)),
    carrying: (text: string) => requests.filter((r) => r.toLowerCase().includes(text.toLowerCase())),
  };
}

/** How far the page reaches past the right edge of the screen (0: no sideways scrolling). */
export const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

export const SMALL_PHONE = { viewport: { width: 360, height: 640 } };
