// Routix: the always-visible credits badge. Reads /credits/balance (our route, session cookie);
// hidden when signed out. Polls gently; refreshes at once when the tab regains focus.
(function () {
  "use strict";
  var badge = null;
  var timer = null;

  function ensureBadge() {
    if (badge && document.body.contains(badge)) return badge;
    badge = document.createElement("a");
    badge.id = "routix-credits";
    badge.href = "/credits/buy";
    badge.target = "_blank";
    badge.rel = "noopener";
    badge.hidden = true;
    document.body.appendChild(badge);
    return badge;
  }

  function render(data) {
    var el = ensureBadge();
    var p = data.prices || {};
    var low = data.balance < (p.generate || 4);
    el.hidden = false;
    el.classList.toggle("routix-low", low);
    el.textContent = "";
    var dot = document.createElement("span");
    dot.className = "routix-credits-dot";
    var text = document.createElement("span");
    text.className = "routix-credits-text";
    text.textContent = data.balance + " credit" + (data.balance === 1 ? "" : "s");
    var hint = document.createElement("span");
    hint.className = "routix-credits-hint";
    hint.textContent = low ? "Buy credits" : "a set of four: " + (p.generate || 4);
    el.append(dot, text, hint);
    el.title = "New set of four: " + p.generate + " · vary: " + p.vary + " · refine, upscale, " +
      "other size: " + p.refine + " each. Click to buy credits.";
  }

  function refresh() {
    fetch("/credits/balance", { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (data) render(data);
        else if (badge) badge.hidden = true;
      })
      .catch(function () { /* offline or restarting: keep the last value */ });
  }

  function start() {
    refresh();
    timer = setInterval(refresh, 2500);
    window.addEventListener("focus", refresh);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
