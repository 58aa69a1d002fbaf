// Type-ahead for the search boxes (the header's and the search page's): headlines with the words typed
// so far, from {form action}/suggest. Arrows move, Enter opens the chosen headline, Escape closes;
// without this script the box is the plain search form.
(function () {
  "use strict";

  var BOXES = "form.site-search input[name=q], form.search-form input[name=q]";
  var WAIT_MILLIS = 150;
  var timer = null;
  var asked = 0;

  function listFor(input) {
    var id = input.id + "-suggestions";
    var list = document.getElementById(id);
    if (!list) {
      list = document.createElement("ul");
      list.id = id;
      list.className = "suggestions";
      list.setAttribute("role", "listbox");
      if (input.labels && input.labels.length > 0) list.setAttribute("aria-label", input.labels[0].textContent);
      list.hidden = true;
      input.insertAdjacentElement("afterend", list);
      input.setAttribute("role", "combobox");
      input.setAttribute("aria-autocomplete", "list");
      input.setAttribute("aria-controls", id);
      input.setAttribute("aria-expanded", "false");
      input.setAttribute("autocomplete", "off");
    }
    return list;
  }

  function close(input) {
    var list = listFor(input);
    list.hidden = true;
    list.textContent = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function show(input, suggestions) {
    var list = listFor(input);
    list.textContent = "";
    suggestions.forEach(function (suggestion, i) {
      if (typeof suggestion.url !== "string" || suggestion.url.charAt(0) !== "/" || suggestion.url.charAt(1) === "/") return;
      var item = document.createElement("li");
      item.id = list.id + "-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      var link = document.createElement("a");
      link.href = suggestion.url;
      link.tabIndex = -1;
      link.textContent = suggestion.headline;
      item.appendChild(link);
      list.appendChild(item);
    });
    var isShown = list.children.length > 0;
    list.hidden = !isShown;
    input.setAttribute("aria-expanded", isShown ? "true" : "false");
    input.removeAttribute("aria-activedescendant");
  }

  function ask(input) {
    var typed = input.value.trim();
    var mine = ++asked;
    if (typed.length < 2 || !window.fetch) {
      close(input);
      return;
    }
    fetch(input.form.getAttribute("action") + "/suggest?q=" + encodeURIComponent(typed), { credentials: "omit" })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (answer) {
        if (mine === asked && document.activeElement === input) show(input, answer.suggestions || []);
      })
      .catch(function () { close(input); });
  }

  function move(input, step) {
    var list = listFor(input);
    var items = Array.prototype.slice.call(list.children);
    if (list.hidden || items.length === 0) return false;
    var current = items.findIndex(function (item) { return item.getAttribute("aria-selected") === "true"; });
    var next = current + step;
    next = next < 0 ? items.length - 1 : next >= items.length ? 0 : next;
    items.forEach(function (item, i) { item.setAttribute("aria-selected", i === next ? "true" : "false"); });
    input.setAttribute("aria-activedescendant", items[next].id);
    return true;
  }

  document.addEventListener("input", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches(BOXES)) return;
    clearTimeout(timer);
    timer = setTimeout(function () { ask(input); }, WAIT_MILLIS);
  });

  document.addEventListener("keydown", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches(BOXES)) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (move(input, event.key === "ArrowDown" ? 1 : -1)) event.preventDefault();
    } else if (event.key === "Escape") {
      close(input);
    } else if (event.key === "Enter") {
      var chosen = input.getAttribute("aria-activedescendant");
      var item = chosen && document.getElementById(chosen);
      if (item) {
        event.preventDefault();
        window.location.assign(item.querySelector("a").getAttribute("href"));
      }
    }
  });

  document.addEventListener("focusout", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches(BOXES)) return;
    // a click on a suggestion follows its link before the list goes
    setTimeout(function () { if (document.activeElement !== input) close(input); }, 200);
  });
})();
