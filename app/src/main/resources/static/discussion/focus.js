// A comment's link leads to its article's page with the comment's anchor (#comment-N), but the
// discussion is drawn in after the page has loaded (htmx), too late for the browser to scroll to it:
// this scrolls to the comment and marks it as the discussion's own page marks the comment a link led
// to. Once per anchor: the discussion swapped in again (sorting, posting) leaves the reader where they are.
(function () {
  "use strict";

  var anchor = /^#comment-([0-9]+)$/.exec(window.location.hash);
  if (!anchor || window.tribuneFocused === anchor[1]) return;
  var comment = document.getElementById("comment-" + anchor[1]);
  if (!comment) return;
  window.tribuneFocused = anchor[1];
  if (comment.classList.contains("comment--focused")) return; // the discussion's page, focused already
  comment.classList.add("comment--focused");
  comment.setAttribute("aria-current", "true");
  comment.scrollIntoView({ block: "center" });
})();
