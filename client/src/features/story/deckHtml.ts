/**
 * A deck as one self-contained HTML file: every picture inline (data URIs), captions, legends and sources as
 * text, arrow keys (and Page Up/Down, Home/End) to step through the pages. No network, no dates: the same deck
 * gives the same bytes.
 */
import { escapeXml } from '../export/svg.ts';
import { DECK_STRINGS, deckSourceLines, type Deck } from './deck.ts';

const esc = escapeXml;

const CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;background:#e9edf1;font-family:"Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1f2933}
section{display:none;position:absolute;inset:0;margin:auto;width:min(100vw,177.78vh);height:min(56.25vw,100vh);background:#fff;padding:2.2% 3%;flex-direction:column}
section.on{display:flex}
h1{font-size:3.2vmin;margin:0 0 .6vmin}
h2{font-size:2.6vmin;margin:0 0 .4vmin}
.sub{color:#52606d;font-size:1.8vmin;margin:0}
.title{justify-content:center}
.title h1{font-size:5.4vmin}
.body{flex:1;display:flex;gap:2%;min-height:0}
.body img{flex:1;min-width:0;object-fit:contain;width:100%;height:100%}
.legend{width:18%;font-size:1.5vmin;list-style:none;margin:0;padding:0;overflow:auto}
.legend li{display:flex;align-items:center;gap:.6em;margin:.3em 0}
.sw{display:inline-block;width:1em;height:1em;border-radius:.25em;flex:none}
.ln{display:inline-block;width:1.6em;height:0;border-top:2px solid;flex:none}
.caption{font-size:1.9vmin;margin:.6vmin 0}
.cite{font-size:1.3vmin;color:#52606d;margin:0;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;line-clamp:2;overflow:hidden}
.warn{font-size:1.3vmin;color:#9b2c2c;margin:0}
ol.sources{font-size:1.45vmin;overflow:auto;margin:0;padding-left:1.2em}
.n{position:absolute;right:2%;bottom:1.5%;font-size:1.2vmin;color:#52606d}
`;

const SCRIPT = `
(function(){var s=[].slice.call(document.querySelectorAll('section')),i=0;
function show(k){i=Math.max(0,Math.min(s.length-1,k));s.forEach(function(e,j){e.classList.toggle('on',j===i)});
if(history.replaceState)history.replaceState(null,'','#'+(i+1));}
var h=parseInt(location.hash.slice(1),10);show(h>0?h-1:0);
document.addEventListener('keydown',function(e){var k=e.key;
if(k==='ArrowRight'||k==='ArrowDown'||k==='PageDown'||k===' ')show(i+1);
else if(k==='ArrowLeft'||k==='ArrowUp'||k==='PageUp')show(i-1);
else if(k==='Home')show(0);else if(k==='End')show(s.length-1);else return;e.preventDefault();});
document.addEventListener('click',function(e){show(e.clientX>innerWidth/2?i+1:i-1)});})();
`;

export function buildDeckHtml(deck: Deck): string {
  const total = deck.slides.length + 2;
  const num = (i: number) =>
    `<div class="n">${esc(DECK_STRINGS.slideOf[deck.lang].replace('{i}', String(i)).replace('{n}', String(total)))}</div>`;
  const sections: string[] = [];
  sections.push(
    `<section class="title" data-page="title"><h1>${esc(deck.title)}</h1>` +
      (deck.subtitle ? `<p class="sub">${esc(deck.subtitle)}</p>` : '') +
      `<p class="sub">${esc(deck.date)}</p>${num(1)}</section>`,
  );
  deck.slides.forEach((s, i) => {
    const legend = s.legend
      .map((l) =>
        l.kind === 'edge'
          ? `<li><span class="ln" style="border-top-color:${esc(l.color)};border-top-style:${esc(l.lineStyle ?? 'solid')}"></span>${esc(l.name)}</li>`
          : l.kind === 'marker'
            ? `<li><span class="sw" style="border:2px ${esc(l.lineStyle ?? 'dashed')} ${esc(l.color)}"></span>${esc(l.name)}</li>`
            : `<li><span class="sw" style="background:${esc(l.color)}"></span>${esc(l.name)}</li>`,
      )
      .join('');
    const cites = s.citations.map((c) => `[${c.n}] ${c.section}`).join(' · ');
    sections.push(
      `<section data-page="view" data-view="${esc(s.view)}"><h2>${esc(s.title)}</h2>` +
        `<div class="body"><img alt="${esc(s.title)}" src="data:image/png;base64,${s.picture.base64}" width="${s.picture.width}" height="${s.picture.height}">` +
        `<ul class="legend"><li><b>${esc(DECK_STRINGS.legend[deck.lang])}</b></li>${legend}</ul></div>` +
        (s.caption ? `<p class="caption">${esc(s.caption)}</p>` : '') +
        s.warnings.map((w) => `<p class="warn">${esc(w)}</p>`).join('') +
        // Two lines at most on the slide (the whole list is on the sources page; the title shows it on hover).
        (cites ? `<p class="cite" title="${esc(cites)}">${esc(cites)}</p>` : '') +
        `${num(i + 2)}</section>`,
    );
  });
  const [plan, ...list] = deckSourceLines(deck);
  sections.push(
    `<section data-page="sources"><h2>${esc(DECK_STRINGS.sources[deck.lang])}</h2><p class="sub">${esc(plan ?? '')}</p>` +
      `<ol class="sources">${list.map((l) => `<li>${esc(l.replace(/^\[\d+\] /, ''))}</li>`).join('')}</ol>${num(total)}</section>`,
  );
  return [
    '<!doctype html>',
    `<html lang="${deck.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    `<title>${esc(deck.title)}</title>`,
    `<style>${CSS}</style></head>`,
    '<body>',
    ...sections,
    `<script>${SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}
