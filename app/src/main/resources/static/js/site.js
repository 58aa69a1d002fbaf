// Tribune's small progressive enhancements: the page works without them.
(function () {
  "use strict";

  // Count a view without making the article page itself uncacheable.
  var article = document.querySelector("[data-article]");
  if (article && window.fetch) {
    fetch("/api/views/" + article.getAttribute("data-article") + ".gif", { cache: "no-store", credentials: "omit" })
      .catch(function () {});
  }

  // Copy buttons (short URL).
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) return;
    var field = document.querySelector(button.getAttribute("data-copy"));
    if (!field) return;
    var done = function () {
      var label = button.textContent;
      button.textContent = button.getAttribute("data-copied");
      setTimeout(function () { button.textContent = label; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
    } else {
      field.select();
      try { document.execCommand("copy"); done(); } catch (e) { /* the text stays selected for manual copy */ }
    }
  });
})();
