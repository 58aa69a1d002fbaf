// Tribune's small progressive enhancements: the page works without them.
(function () {
  "use strict";

  // Count a view without making the article page itself uncacheable; the page names the address.
  function countView() {
    var article = document.querySelector("[data-views]");
    if (article && window.fetch) {
      fetch(article.getAttribute("data-views"), { cache: "no-store", credentials: "omit" })
        .catch(function () {});
    }
  }
  countView();

  // Copy buttons: the short URL's (data-copy names its field) and the share links' (data-copy-text
  // holds the link). The latter have no field to fall back on, so they show only where the clipboard
  // can be written.
  var clipboard = navigator.clipboard && window.isSecureContext;
  function showCopyButtons() {
    if (clipboard) {
      document.querySelectorAll("[data-copy-text][hidden]").forEach(function (button) { button.hidden = false; });
    }
  }
  showCopyButtons();
  // a page reached through htmx's boosted links (editions with Listen Live) gets the same as a loaded one
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.detail && event.detail.boosted) {
      countView();
      showCopyButtons();
    }
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy], [data-copy-text]");
    if (!button) return;
    var field = button.hasAttribute("data-copy") ? document.querySelector(button.getAttribute("data-copy")) : null;
    var text = field ? field.value : button.getAttribute("data-copy-text");
    if (!text) return;
    var done = function () {
      var label = button.textContent;
      button.textContent = button.getAttribute("data-copied");
      setTimeout(function () { button.textContent = label; }, 1500);
    };
    if (clipboard) {
      navigator.clipboard.writeText(text).then(done, function () { if (field) field.select(); });
    } else if (field) {
      field.select();
      try { document.execCommand("copy"); done(); } catch (e) { /* the text stays selected for manual copy */ }
    }
  });
})();
