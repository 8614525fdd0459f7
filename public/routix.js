// Routix's additions to Chainlit's page:
//  - the credits badge, in the composer's toolbar beside the paperclip: it sits in the layout
//    (never on top of the header's format selector, at any width) and is in view whenever the
//    creator is about to spend. Reads /credits/balance (our route, session cookie), in the
//    browser's language; hidden when signed out; polls gently, refreshes when the tab regains focus.
//  - accessible names for Chainlit's icon-only buttons, from /ui/labels in the same language,
//    and the few markup fixes axe-core asks for (tests/ui/test_accessibility.py).
// React re-renders freely, so one MutationObserver re-applies both after every change.
(function () {
  "use strict";
  var lang = (navigator.language || "en").split("-")[0];
  var badge = null;
  var lastBalance = null;
  var labels = null;
  var scheduled = false;

  // --- the credits badge ----------------------------------------------------------------------
  function ensureBadge() {
    if (!badge) {
      badge = document.createElement("a");
      badge.id = "routix-credits";
      badge.href = "/credits/buy";
      badge.target = "_blank";
      badge.rel = "noopener";
      badge.hidden = true;
    }
    var toolbar = document.querySelector("#message-composer #upload-button");
    toolbar = toolbar && toolbar.closest("#message-composer > div > div");
    var home = toolbar || document.body;
    if (badge.parentElement !== home) home.appendChild(badge);
    badge.classList.toggle("routix-floating", !toolbar);
    return badge;
  }

  function render(data) {
    var el = ensureBadge();
    lastBalance = data;
    el.hidden = false;
    el.classList.toggle("routix-low", !!data.low);
    el.textContent = "";
    var dot = document.createElement("span");
    dot.className = "routix-credits-dot";
    dot.setAttribute("aria-hidden", "true");
    var text = document.createElement("span");
    text.className = "routix-credits-text";
    text.textContent = data.text;
    var hint = document.createElement("span");
    hint.className = "routix-credits-hint";
    hint.textContent = data.hint;
    el.append(dot, text, hint);
    el.title = data.title;
  }

  function refresh() {
    fetch("/credits/balance?lang=" + encodeURIComponent(lang),
          { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (data) render(data);
        else if (badge) { badge.hidden = true; lastBalance = null; }
      })
      .catch(function () { /* offline or restarting: keep the last value */ });
  }

  // --- names and markup fixes -----------------------------------------------------------------
  var BY_ID = {
    "sidebar-trigger-button": "sidebar", "search-chats-button": "search",
    "new-chat-button": "new_chat", "upload-button": "attach", "chat-submit": "send",
    "stop-button": "stop"
  };

  function name(el, key) {
    if (labels && labels[key] && el.getAttribute("aria-label") !== labels[key]) {
      el.setAttribute("aria-label", labels[key]);
    }
  }

  function nameless(el) {
    return !el.hasAttribute("aria-label") && !(el.textContent || "").trim();
  }

  function fixPage() {
    scheduled = false;
    if (lastBalance && badge && !document.body.contains(badge)) render(lastBalance);
    else if (badge) ensureBadge();
    Object.keys(BY_ID).forEach(function (id) {
      document.querySelectorAll('[id="' + id + '"]').forEach(function (el) { name(el, BY_ID[id]); });
    });
    // #thread-options is a <div> inside the thread's link-button, carrying button attributes
    // a <div> may not have; a second control inside a control is not allowed either, so it
    // stays a pointer shortcut and loses the attributes (rename/delete are also on the page).
    document.querySelectorAll("#thread-options").forEach(function (el) {
      ["type", "aria-haspopup", "aria-expanded"].forEach(function (a) { el.removeAttribute(a); });
    });
    // a focusable button marked "presentation" is announced inconsistently: keep it a button
    document.querySelectorAll('#upload-button[role="presentation"]').forEach(function (el) {
      el.removeAttribute("role");
    });
    var profiles = document.getElementById("chat-profiles");
    if (profiles && labels) {
      var wanted = labels.format + ": " + (profiles.textContent || "").trim();
      if (profiles.getAttribute("aria-label") !== wanted) profiles.setAttribute("aria-label", wanted);
    }
    document.querySelectorAll("button").forEach(function (el) {
      if (!nameless(el)) return;
      var cls = el.className || "";
      var icon = el.querySelector("svg");
      var iconCls = icon ? icon.getAttribute("class") || "" : "";
      if (/positive-feedback/.test(cls)) name(el, "helpful");
      else if (/negative-feedback/.test(cls)) name(el, "not_helpful");
      else if (/lucide-(copy|check)\b/.test(iconCls)) name(el, "copy");
      else if (/lucide-arrow-down\b/.test(iconCls)) name(el, "scroll_down");
      else if (/lucide-eye/.test(iconCls) || el.closest("form") && el.parentElement.querySelector("input[type=password], #password")) name(el, "show_password");
    });
    // the format's picture on the welcome screen repeats the text beside it
    document.querySelectorAll("#welcome-screen img:not([alt])").forEach(function (img) {
      img.alt = "";
    });
    // the history's outer <ul> holds a <div> (Chainlit's markup): it is not a list
    document.querySelectorAll('ul[data-sidebar="menu"]').forEach(function (ul) {
      var notItems = Array.prototype.some.call(ul.children, function (c) { return c.tagName !== "LI"; });
      if (notItems && ul.getAttribute("role") !== "none") ul.setAttribute("role", "none");
    });
    // the phone sidebar is a dialog whose title Chainlit never renders
    document.querySelectorAll('[role="dialog"]').forEach(function (dialog) {
      ["aria-labelledby", "aria-describedby"].forEach(function (attr) {
        var id = dialog.getAttribute(attr);
        if (id && !document.getElementById(id)) dialog.removeAttribute(attr);
      });
      if (!dialog.hasAttribute("aria-labelledby") && !dialog.hasAttribute("aria-label")) {
        name(dialog, "chats");
      }
    });
    var chat = document.querySelector("#root main, #root [data-panel-group]");
    if (chat && !document.querySelector("main, [role=main]")) chat.setAttribute("role", "main");
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(fixPage);
  }

  function start() {
    fetch("/ui/labels?lang=" + encodeURIComponent(lang), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { labels = data; schedule(); })
      .catch(function () { /* keep Chainlit's markup as it is */ });
    new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
    refresh();
    setInterval(refresh, 2500);
    window.addEventListener("focus", refresh);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
