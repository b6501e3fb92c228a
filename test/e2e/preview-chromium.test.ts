// `jianbao preview` in real headless Chromium: the built CLI serves a copy of a sample, the page
// draws its pages with pdf.js, an edit of the YAML shows on the page within 2 s, a broken save
// keeps the pages and lists the error, and Ctrl-C (SIGINT) ends the process with exit code 0.
// JIANBAO_UPDATE_IMAGES=1 also saves the screenshot as docs/images/preview.png.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromium, testWith } from '../helpers/tools';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLES = path.join(ROOT, 'samples');
const OLD_TITLE = '温州市“科创中国”试点城市建设推进会召开';
const NEW_TITLE = '温州市“科创中国”试点城市建设推进会隆重召开';
// What the editor waits for after a save (issue #24).
const SAVE_SHOWN_WITHIN_MS = 2000;
const browserTool = chromium();

/** Fontconfig that also finds the bundled Noto Sans SC, so the page's own Chinese labels render
 *  in a container without Chinese system fonts (the screenshot). The PDF pages need none. */
function fontConfig(dir: string): string {
  const noto = path.join(ROOT, 'node_modules', '@expo-google-fonts', 'noto-sans-sc', '400Regular');
  const file = path.join(dir, 'fonts.conf');
  fs.writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${noto}</dir>\n  <cachedir>${path.join(dir, 'fc-cache')}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}

function startPreview(issue: string): { child: ChildProcess; url: Promise<string>; output: () => string } {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'jianbao'), 'preview', issue, '--no-open', '--grid'], {
    cwd: path.dirname(issue),
    env: { ...process.env, JIANBAO_LANG: 'zh' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (m) resolve(m[0]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`preview exited (${code}) before serving:\n${output}`)));
  });
  return { child, url, output: () => output };
}

/** puppeteer wants the browser's full path; findTool has only the name it ran. */
function onPath(command: string): string {
  if (path.isAbsolute(command)) return command;
  const found = (process.env.PATH ?? '')
    .split(path.delimiter)
    .map((d) => path.join(d, command))
    .find((f) => fs.existsSync(f));
  return found ?? command;
}

// Browser-side code as strings: the tests are type-checked without the DOM library.
const gridDisplay = (page: Page) => page.evaluate("getComputedStyle(document.querySelector('#page-1 .grid')).display") as Promise<string>;

const pagesText = (page: Page) =>
  page.$$eval('#pages .page-text', (els) =>
    els
      .map((e) => e.textContent ?? '')
      .join('')
      .replace(/\s+/g, ''),
  );

testWith(
  browserTool,
  'preview in Chromium: pages, 要目, grid, an edit within 2 s, a broken save, Ctrl-C',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-preview-e2e-'));
    fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
    const issue = path.join(dir, '2022-04.yaml');
    fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), issue);
    const preview = startPreview(issue);
    let browser: Browser | null = null;
    try {
      const url = await preview.url;
      browser = await puppeteer.launch({
        executablePath: onPath(browserTool.command as string),
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
        env: { ...process.env, FONTCONFIG_FILE: fontConfig(dir) },
      });
      const page = await browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      page.on('console', (m) => void (m.type() === 'error' && pageErrors.push(m.text())));
      await page.setViewport({ width: 1280, height: 860 });
      await page.goto(url);

      // The first build drawn: every page a canvas, the sample's text read back from the PDF.
      await page.waitForSelector('#pages[data-version="1"]', { timeout: 60000 });
      expect(await page.$$eval('#pages .page canvas', (cs) => cs.length)).toBeGreaterThan(1);
      expect(await pagesText(page)).toContain(OLD_TITLE);

      // 本期要目: every article listed, each with the page its heading is on; a click scrolls there.
      await page.waitForFunction("document.querySelectorAll('#toc a').length > 0");
      const toc = await page.$$eval('#toc li', (lis) =>
        lis.map((li) => ({ text: li.textContent ?? '', href: li.querySelector('a')?.getAttribute('href') ?? null })),
      );
      expect(toc.length).toBe(9);
      expect(toc.every((e) => e.href !== null)).toBe(true);
      const firstPageOf = Number(toc[0].href?.replace('#page-', ''));
      const headingText = await page.$eval(`#page-${firstPageOf} .page-text`, (e) => (e.textContent ?? '').replace(/\s+/g, ''));
      expect(headingText).toContain(OLD_TITLE);
      const last = toc[toc.length - 1].href as string;
      await page.click(`#toc a[href="${last}"]`);
      await page.waitForFunction(
        `Math.abs(document.querySelector('${last}').getBoundingClientRect().top - document.getElementById('pages').getBoundingClientRect().top) < 40`,
        { timeout: 5000 },
      );

      // --grid: the 28×22 overlay is on; the box toggles it.
      expect(await page.evaluate("document.getElementById('grid').checked")).toBe(true);
      expect(await gridDisplay(page)).toBe('block');
      // background-size "W% 100%, 100% H%": one column line every 1/28 of the type area, one row every 1/22.
      const sizes =
        ((await page.evaluate("document.querySelector('#page-1 .grid').style.backgroundSize")) as string)
          .match(/[\d.]+(?=%)/g)
          ?.map(Number) ?? [];
      expect([Math.round(100 / sizes[0]), Math.round(100 / sizes[3])]).toEqual([28, 22]);
      await page.click('#grid');
      expect(await gridDisplay(page)).toBe('none');
      await page.click('#grid');
      await page.evaluate("document.getElementById('pages').scrollTo(0, 0)");

      // An edit: the new title is on the page within 2 s of the save.
      fs.writeFileSync(issue, fs.readFileSync(issue, 'utf8').replaceAll(OLD_TITLE, NEW_TITLE));
      await page.waitForFunction(
        `[...document.querySelectorAll('#pages .page-text')].some((e) => e.textContent.replace(/\\s+/g, '').includes(${JSON.stringify(NEW_TITLE)}))`,
        { timeout: SAVE_SHOWN_WITHIN_MS },
      );
      expect(await page.$eval('#pages', (e) => e.dataset.version)).toBe('2');
      expect(await page.$$eval('#toc li', (lis) => lis[0].textContent ?? '')).toContain(NEW_TITLE);

      const shot = process.env.JIANBAO_UPDATE_IMAGES ? path.join(ROOT, 'docs', 'images', 'preview.png') : path.join(dir, 'preview.png');
      await page.screenshot({ path: shot as `${string}.png` });
      expect(fs.readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');

      // A broken save: the pages stay (same version), the panel lists the error with file:line:col.
      fs.writeFileSync(issue, fs.readFileSync(issue, 'utf8').replace('  number: 4', '  number: "4'));
      await page.waitForSelector('#state.failed', { timeout: 10000 });
      const problems = await page.$$eval('#problems li.error code', (cs) => cs.map((c) => c.textContent ?? ''));
      expect(problems.some((p) => /2022-04\.yaml:\d+:\d+/.test(p))).toBe(true);
      expect(await page.$eval('#problems li.error', (li) => li.textContent ?? '')).toContain('JB127');
      expect(await page.$eval('#pages', (e) => e.dataset.version)).toBe('2');
      expect(await pagesText(page)).toContain(NEW_TITLE);
      expect(pageErrors).toEqual([]);
    } finally {
      await browser?.close();
      const exited = new Promise<number | null>((resolve) => {
        if (preview.child.exitCode !== null) resolve(preview.child.exitCode);
        else preview.child.once('exit', (code) => resolve(code));
      });
      preview.child.kill('SIGINT');
      expect(await exited).toBe(130);
    }
  },
  120000,
);
