// The newsroom form's helpers: buttons that place a READ MORE link or a picture in the body, add a
// related article, or complete a tag. Without scripts the same lines are shown to copy by hand.
(function () {
  "use strict";

  function reveal(root) {
    root.querySelectorAll("[data-insert], [data-related], [data-tag]").forEach(function (button) {
      button.hidden = false;
    });
  }

  function changed(field) {
    field.dispatchEvent(new Event("input", { bubbles: true }));
  }

  /** Places the line as a paragraph of its own where the cursor is in the body. */
  function insert(line) {
    var body = document.querySelector("[data-body]");
    if (!body) {
      return;
    }
    var at = body.selectionStart === undefined ? body.value.length : body.selectionStart;
    var before = body.value.slice(0, at).replace(/\s*$/, "");
    var after = body.value.slice(at).replace(/^\s*/, "");
    body.value = (before ? before + "\n\n" : "") + line + (after ? "\n\n" + after : "\n");
    body.focus();
    changed(body);
  }

  function addRelated(slug) {
    var related = document.getElementById("related");
    if (!related) {
      return;
    }
    var slugs = related.value.split(",").map(function (s) { return s.trim(); }).filter(Boolean);
    if (slugs.indexOf(slug) < 0) {
      slugs.push(slug);
    }
    related.value = slugs.join(", ");
  }

  function completeTag(name) {
    var tags = document.getElementById("tags");
    var parts = tags.value.split(",");
    parts[parts.length - 1] = " " + name;
    tags.value = parts.map(function (s) { return s.trim(); }).filter(Boolean).join(", ") + ", ";
    tags.focus();
    document.getElementById("tag-suggestions").textContent = "";
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-insert], [data-related], [data-tag]");
    if (!button) {
      return;
    }
    if (button.dataset.insert) {
      insert(button.dataset.insert);
    } else if (button.dataset.related) {
      addRelated(button.dataset.related);
      button.disabled = true;
    } else if (button.dataset.tag) {
      completeTag(button.dataset.tag);
    }
  });

  // Enter in the translation search looks for translations (htmx listens for "find"; a filtered keydown
  // trigger would need eval, which the site's script policy forbids) instead of saving the article, which
  // is what Enter in the form's other fields does
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches && event.target.matches("[data-translation-words]")) {
      event.preventDefault();
      event.target.dispatchEvent(new Event("find"));
    }
  });

  document.addEventListener("DOMContentLoaded", function () { reveal(document); });
  document.addEventListener("htmx:afterSwap", function (event) { reveal(event.target); });
})();
