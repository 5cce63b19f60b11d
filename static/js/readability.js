// Live readability in the page editor: the same measures as stewardship/readability.py.
(function () {
  "use strict";
  var WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;
  var SENTENCE_END = /[.!?]+|\n+/;

  function measure(text, longLetters, veryLongLetters) {
    var words = 0, sentences = 0, long = 0, veryLong = 0;
    (text || "").split(SENTENCE_END).forEach(function (part) {
      var found = part.match(WORD);
      if (!found) return;
      sentences += 1;
      found.forEach(function (word) {
        var n = (word.match(/\p{L}/gu) || []).length;
        words += 1;
        if (n > longLetters) long += 1;
        if (n >= veryLongLetters) veryLong += 1;
      });
    });
    var lix = words ? words / sentences + (100 * long) / words : 0;
    return { words: words, sentences: sentences, lix: lix, veryLong: veryLong,
             average: sentences ? words / sentences : 0 };
  }

  function pageText(form) {
    var parts = [];
    ["title", "introduction", "summary"].forEach(function (name) {
      var field = form.querySelector('[name="' + name + '"]');
      if (field && field.value.trim()) parts.push(field.value.trim());
    });
    form.querySelectorAll('[name$="-value-heading_text"], textarea[name$="-value-text"]')
      .forEach(function (field) { if (field.value.trim()) parts.push(field.value.trim()); });
    form.querySelectorAll('[contenteditable="true"]').forEach(function (editor) {
      var text = editor.innerText.trim();
      if (text) parts.push(text);
    });
    return parts.join("\n");
  }

  function init(panel) {
    var form = panel.closest("form");
    if (!form) return;
    var threshold = Number(panel.dataset.threshold);
    var longLetters = Number(panel.dataset.long);
    var veryLongLetters = Number(panel.dataset.veryLong);
    var warning = panel.querySelector("[data-readability-warning]");
    var timer;
    function update() {
      var result = measure(pageText(form), longLetters, veryLongLetters);
      var lix = Math.round(result.lix);
      panel.querySelector("[data-readability-live]").textContent = lix;
      panel.querySelector("[data-readability-average]").textContent =
        (Math.round(result.average * 10) / 10).toLocaleString(document.documentElement.lang || undefined);
      panel.querySelector("[data-readability-very-long]").textContent = result.veryLong;
      warning.hidden = !(result.words > 0 && lix > threshold);
    }
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 400);
    });
  }

  window.kotoReadability = { measure: measure };
  function start() { document.querySelectorAll("[data-readability]").forEach(init); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
