import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1400, height: 1500 } });
p.on('response', r => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()); });
p.on('console', m => { if (m.type() !== 'log') console.log('console', m.type(), m.text()); });
await p.goto('http://127.0.0.1:4100' + process.argv[2], { waitUntil: 'load' });
await p.waitForTimeout(20000);
await p.screenshot({ path: '/tmp/leadshots/' + process.argv[3] + '.png' });
await b.close();
