// Live comments: while a discussion is open, comments published by others are drawn into it as the
// server sends them (server-sent events), edited ones are put in place of what the page shows, and
// deleted or hidden ones taken out; the count follows. Without this script the discussion is the
// same, only a reload away from the newest comments. The fragment that loads it may be swapped in several times
// (posting, sorting): the first run keeps one stream, later runs only look at the new fragment.
(function () {
  "use strict";

  if (window.tribuneLive) {
    window.tribuneLive.attach();
    return;
  }
  if (!window.EventSource) return;

  var source = null;
  var url = null;
  var shown = null; // the fragment in the page when the count of waiting comments was last reset
  var waiting = 0;

  function body() {
    return document.querySelector("#discussion-body[data-live]");
  }

  function attach() {
    var current = body();
    var wanted = current ? current.getAttribute("data-live") : null;
    if (current !== shown) {
      shown = current;
      waiting = 0;
    }
    if (wanted === url) {
      if (current && source && source.readyState === EventSource.OPEN) current.setAttribute("data-live-state", "open");
      return;
    }
    if (source) source.close();
    source = null;
    url = wanted;
    if (!url) return;
    source = new EventSource(url);
    source.addEventListener("open", function () { state("open"); });
    source.addEventListener("error", function () {
      state(source.readyState === EventSource.CLOSED ? "closed" : "connecting");
    });
    source.addEventListener("comment", receive);
    source.addEventListener("change", change);
  }

  function state(name) {
    var current = body();
    if (current) current.setAttribute("data-live-state", name);
  }

  function parse(event) {
    try {
      return JSON.parse(event.data);
    } catch (e) {
      return null;
    }
  }

  function receive(event) {
    var current = body();
    var comment = parse(event);
    if (!comment) return;
    document.documentElement.setAttribute("data-live-last", String(comment.id));
    count(current, comment);
    if (!current || document.getElementById("comment-" + comment.id)) return; // already on the page
    var item = element(current, comment.html);
    if (!item) return;
    var placed = comment.parent == null ? placeThread(current, item) : placeReply(current, comment.thread, item);
    if (placed) {
      if (window.htmx) window.htmx.process(item);
      var author = item.querySelector(".comment__author");
      say(current, current.getAttribute("data-live-announce").replace("{0}", author ? author.textContent.trim() : ""));
    }
  }

  // A comment that changed: put what the reader is now shown in place of what the page has, or take
  // it out (a first comment takes its thread with it, as a reload would). One the reader is busy with
  // (a form open in it) keeps its forms: only its heading and text change.
  function change(event) {
    var current = body();
    var comment = parse(event);
    if (!comment) return;
    count(current, comment);
    var shown = document.getElementById("comment-" + comment.id);
    if (!current || !shown || !current.contains(shown)) return;
    if (comment.html == null) {
      var li = shown.closest("li");
      (li && current.contains(li) ? li : shown).remove();
      return;
    }
    var fresh = element(current, comment.html);
    if (!fresh) return;
    var busy = shown.querySelector("details[open]") || shown.contains(document.activeElement);
    if (busy && shown.querySelector(".comment__body") && fresh.querySelector(".comment__body")) {
      ["comment__meta", "comment__pending", "comment__body"].forEach(function (part) {
        var before = shown.querySelector(":scope > ." + part);
        var after = fresh.querySelector(":scope > ." + part);
        if (before && after) before.replaceWith(after);
        else if (before) before.remove();
        else if (after) shown.querySelector(":scope > .comment__body").before(after);
      });
      shown.className = fresh.className;
      return;
    }
    shown.replaceWith(fresh);
    if (window.htmx) window.htmx.process(fresh);
  }

  // The markup the server sent, with the reader's own CSRF token and order in its forms (the server
  // draws one copy for every reader of a kind).
  function element(current, html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    var item = template.content.firstElementChild;
    if (!item) return null;
    var name = current.getAttribute("data-live-csrf-name");
    var token = current.getAttribute("data-live-csrf");
    item.querySelectorAll("input[type=hidden]").forEach(function (input) {
      if (name && token && input.name === name) input.value = token;
      if (input.name === "sort") input.value = current.getAttribute("data-live-order");
    });
    return item;
  }

  function count(current, comment) {
    if (comment.countText == null) return;
    var line = current ? current.querySelector("[data-live-count]") : null;
    if (line) line.textContent = comment.countText;
    document.querySelectorAll("[data-comment-count]").forEach(function (number) {
      number.textContent = String(comment.count);
    });
  }

  // A new thread goes where the reader's order puts it: first when newest first, last when oldest
  // first and every page is shown; otherwise a notice offers to show the discussion anew.
  function placeThread(current, item) {
    var order = current.getAttribute("data-live-order");
    var lists = current.querySelectorAll("ol.comments");
    if (order === "newest" || (order === "oldest" && !current.querySelector(".discussion__more"))) {
      var list = lists.length ? lists[order === "newest" ? 0 : lists.length - 1] : firstList(current);
      list.insertBefore(item, order === "newest" ? list.firstElementChild : null);
      return true;
    }
    waiting++;
    notice(current);
    return false;
  }

  function firstList(current) {
    var list = document.createElement("ol");
    list.className = "comments";
    var empty = current.querySelector(".discussion__empty");
    if (empty) empty.replaceWith(list);
    else current.appendChild(list);
    return list;
  }

  // A reply goes last in its thread, when the thread is on the page.
  function placeReply(current, thread, item) {
    var first = document.getElementById("comment-" + thread);
    var li = first ? first.closest("li.comments__thread") : null;
    if (!li || !current.contains(li)) return false;
    var replies = li.querySelector("ol.comments__replies");
    if (!replies) {
      replies = document.createElement("ol");
      replies.className = "comments__replies";
      li.appendChild(replies);
    }
    replies.appendChild(item);
    return true;
  }

  function notice(current) {
    var text = current.getAttribute("data-live-new").replace("{0}", String(waiting));
    var line = current.querySelector(".discussion__live-new");
    if (!line) {
      line = document.createElement("p");
      line.className = "discussion__live-new";
      var button = document.createElement("button");
      button.type = "button";
      button.addEventListener("click", reload);
      line.appendChild(button);
      var before = current.querySelector(".discussion__sort") || current.querySelector("ol.comments");
      if (before && before.classList.contains("discussion__sort")) before.after(line);
      else current.insertBefore(line, before);
    }
    line.firstChild.textContent = text;
    say(current, text);
  }

  function reload() {
    var current = body();
    if (!current) return;
    var href = current.getAttribute("data-live-reload");
    if (window.htmx) window.htmx.ajax("GET", href, { target: "#discussion-body", swap: "outerHTML" });
    else window.location.reload();
  }

  // Polite: read out after what the reader is hearing now. Emptied first so the same words are read again.
  function say(current, text) {
    var status = current.querySelector("[data-live-status]");
    if (!status) return;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  window.tribuneLive = { attach: attach };
  document.addEventListener("htmx:afterSettle", attach);
  attach();
})();
