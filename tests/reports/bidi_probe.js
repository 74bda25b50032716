// Runs in the laid-out report: every text run of the app's own words (outside <bdi>, quotes and
// elements that set their own dir) must read left to right on screen. For each such text node,
// the first and the last pair of neighbouring Latin letters are compared by their x position
// (a pair of neighbours never wraps apart). Appends the findings as JSON in a pre element.
(function () {
  const bad = [];
  let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const rect = (node, i) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect();
  };
  const latin = /[A-Za-z]/;
  let node;
  while ((node = walker.nextNode())) {
    const el = node.parentElement;
    if (!el || el.closest("bdi, blockquote, script, style, title, [dir]")) continue;
    const text = node.data;
    const pairs = [];
    for (let i = 0; i + 1 < text.length; i++) {
      if (latin.test(text[i]) && latin.test(text[i + 1])) pairs.push(i);
    }
    if (!pairs.length) continue;
    for (const i of [pairs[0], pairs[pairs.length - 1]]) {
      const a = rect(node, i), b = rect(node, i + 1);
      if (!a.width || !b.width) continue;
      checked++;
      if (!(a.left < b.left)) { bad.push(text.trim().slice(0, 60)); break; }
    }
  }
  const dirs = Array.from(document.querySelectorAll("h2 bdi")).map((b) => getComputedStyle(b).direction);
  const out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify({ checked, bad, dirs });
  document.body.appendChild(out);
})();
