// Accessibility check for the page now loaded: a function expression for Playwright's
// page.evaluate(script). It returns an array of human-readable violations; empty means none found.
// Checks: one h1; heading levels never skip deeper; every link, button and form control has an
// accessible name; text contrast meets WCAG AA; <html> carries lang and dir.
// Not checked: background images and gradients, opacity, text over other elements' boxes
// (only ancestors' background colours count), ARIA roles beyond the native elements above.
() => {
  const violations = [];
  const text = s => (s || '').replace(/\s+/g, ' ').trim();
  const describe = el => {
    const open = el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1);
    return open.length > 80 ? open.slice(0, 80) + '…' : open;
  };
  const visible = el => el.checkVisibility
      ? el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
      : el.getClientRects().length > 0;

  // <html lang dir>
  for (const attribute of ['lang', 'dir']) {
    if (!text(document.documentElement.getAttribute(attribute))) {
      violations.push(`html: missing ${attribute} attribute`);
    }
  }

  // exactly one h1; heading levels go at most one deeper than the previous heading
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const h1s = headings.filter(h => h.tagName === 'H1');
  if (h1s.length !== 1) {
    violations.push(`headings: expected exactly one h1, found ${h1s.length}`
        + h1s.map(h => ` "${text(h.textContent).slice(0, 40)}"`).join(','));
  }
  let previous = null;
  for (const h of headings) {
    const level = Number(h.tagName[1]);
    if (previous && level > previous.level + 1) {
      violations.push(`headings: h${previous.level} "${text(previous.el.textContent).slice(0, 40)}"`
          + ` is followed by h${level} "${text(h.textContent).slice(0, 40)}" (skips a level)`);
    }
    previous = { level, el: h };
  }

  // accessible names of links, buttons and form controls
  const nameOf = el => {
    const ownText = node => [...node.childNodes].map(child => {
      if (child.nodeType === Node.TEXT_NODE) return child.textContent;
      if (child.nodeType !== Node.ELEMENT_NODE) return '';
      if (child.tagName === 'IMG') return ' ' + (child.getAttribute('alt') || '') + ' ';
      if (child.getAttribute('aria-hidden') === 'true') return '';
      return ' ' + ownText(child) + ' ';
    }).join('');
    const candidates = [el.getAttribute('aria-label')];
    for (const id of (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)) {
      const target = document.getElementById(id);
      candidates.push(target && target.textContent);
    }
    if (el.tagName === 'A' || el.tagName === 'BUTTON') candidates.push(ownText(el));
    candidates.push(el.getAttribute('title'));
    for (const label of el.labels || []) candidates.push(label.textContent);
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(type)) {
      candidates.push(el.getAttribute('value'));
    }
    if (el.tagName === 'INPUT' && type === 'image') candidates.push(el.getAttribute('alt'));
    return candidates.map(text).find(Boolean) || '';
  };
  const controls = 'a[href], button, input:not([type="hidden" i]), select, textarea';
  for (const el of document.querySelectorAll(controls)) {
    if (!visible(el) || el.closest('[aria-hidden="true"]')) continue;
    if (!nameOf(el)) violations.push(`name: ${describe(el)} has no accessible name`);
  }

  // text contrast, WCAG 2 AA
  const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  const rgba = css => {
    const m = css.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
    if (m) {
      const alpha = m[4] === undefined ? 1
          : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      return [+m[1], +m[2], +m[3], alpha];
    }
    // any other colour syntax (oklch, color(), …): let the canvas convert it
    canvas.clearRect(0, 0, 1, 1);
    canvas.fillStyle = css;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const over = (top, bottom) => {  // composites a colour with alpha over an opaque one
    const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat(1);
  };
  const background = el => {
    const layers = [];
    for (let node = el; node && node.nodeType === Node.ELEMENT_NODE; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };
  const luminance = ([r, g, b]) => {
    const channel = v => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const css = ([r, g, b]) => `rgb(${[r, g, b].map(Math.round).join(', ')})`;
  const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'OPTION', 'OPTGROUP']);
  for (const el of [document.body, ...document.body.querySelectorAll('*')]) {
    if (!el || skipped.has(el.tagName)) continue;
    const own = text([...el.childNodes]
        .filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join(' '));
    if (!own || !visible(el)) continue;
    const style = getComputedStyle(el);
    const back = background(el);
    const fore = over(rgba(style.color), back);
    const [lighter, darker] = [luminance(fore), luminance(back)].sort((x, y) => y - x);
    const ratio = (lighter + 0.05) / (darker + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    if (ratio < needed) {
      violations.push(`contrast: <${el.tagName.toLowerCase()}> "${own.slice(0, 40)}"`
          + ` ${css(fore)} on ${css(back)} is ${ratio.toFixed(2)}:1, needs ${needed}:1`
          + (large ? ' (large text)' : ''));
    }
  }
  return violations;
}
