// Keyboard shortcuts of the moderators' console: j and k move to the next and previous item, a approves
// (or dismisses the reports on) the item in focus, r rejects it under the rule chosen in its form.
// Keys typed into a field are left alone; without JavaScript the buttons do the same.
(function () {
  "use strict";

  function items() {
    return Array.prototype.slice.call(document.querySelectorAll(".console-items .review"));
  }

  function current() {
    var all = items();
    var focused = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest(".console-items .review")
      : null;
    return focused || all[0] || null;
  }

  function move(step) {
    var all = items();
    if (all.length === 0) {
      return;
    }
    var at = all.indexOf(current());
    var next = all[Math.min(all.length - 1, Math.max(0, at + step))];
    next.focus();
    next.scrollIntoView({ block: "nearest" });
  }

  function press(key) {
    var item = current();
    var button = item ? item.querySelector('button[data-key="' + key + '"]') : null;
    if (button) {
      var following = items()[items().indexOf(item) + 1];
      button.click();
      if (following) {
        following.focus();
      }
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      return;
    }
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "a": press("a"); break;
      case "r": press("r"); break;
      default: return;
    }
    event.preventDefault();
  });
})();
