// Renders a DMN file's DRD, or one decision's table, as dmn-js draws it, in headless Chromium.
// Setup once: (cd docs/tools && npm install --no-save dmn-js@17 playwright-core). Usage, from docs/tools:
//   node render-dmn.mjs OUT.png FILE.dmn [decisionId]
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
const [out, file, decision] = process.argv.slice(2);
const dist = 'node_modules/dmn-js/dist/';
const css = readdirSync(dist + 'assets').filter(f => f.endsWith('.css')).map(f => readFileSync(dist + 'assets/' + f, 'utf8')).join('\n');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
await page.setContent(`<html><head><style>${css} body{margin:0;font-family:sans-serif;background:#fff}</style></head><body><div id="c" style="width:1600px;min-height:900px"></div></body></html>`);
await page.addScriptTag({ content: readFileSync(dist + 'dmn-viewer.production.min.js', 'utf8') });
const err = await page.evaluate(async ([xml, decision]) => {
  const v = new DmnJS({ container: '#c' });
  try {
    await v.importXML(xml);
    if (decision) {
      const view = v.getViews().find(x => x.element.id === decision);
      await v.open(view);
    } else {
      v.getActiveViewer().get('canvas').zoom('fit-viewport');
    }
    return '';
  } catch (e) { return 'FAILED: ' + e.message; }
}, [readFileSync(file, 'utf8'), decision]);
await page.screenshot({ path: out, fullPage: !!decision });
console.log(out, err);
await browser.close();
