// The gallery viewer: one picture at a time, moved by the buttons, the arrow keys or a swipe. Without
// scripts the page shows every picture in order. Loaded again after each boosted navigation, so the
// page-wide listeners are added once and find the gallery on the page when they fire.
(function () {
  "use strict";

  function setUp(gallery) {
    if (gallery.hasAttribute("data-gallery-ready")) return;
    var slides = gallery.querySelectorAll(".gallery__slide");
    if (slides.length === 0) return;
    gallery.setAttribute("data-gallery-ready", "");
    gallery.classList.add("gallery--viewer");
    gallery.querySelector(".gallery__controls").hidden = false;
    gallery.querySelector(".gallery__hint").hidden = false;
    var start = /^#picture-(\d+)$/.exec(location.hash);
    show(gallery, start ? parseInt(start[1], 10) - 1 : 0, true);

    var stage = gallery.querySelector(".gallery__stage");
    var x = null;
    var y = null;
    stage.addEventListener("pointerdown", function (event) { x = event.clientX; y = event.clientY; });
    stage.addEventListener("pointercancel", function () { x = null; });
    // a mouse drag across a picture would start dragging the image itself, which cancels the pointer
    stage.addEventListener("dragstart", function (event) { event.preventDefault(); });
    stage.addEventListener("pointerup", function (event) {
      if (x === null) return;
      var dx = event.clientX - x;
      var dy = event.clientY - y;
      x = null;
      if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy)) {
        step(gallery, isRightToLeft(gallery) === dx > 0 ? 1 : -1);
      }
    });
    // a touch screen scrolls the page vertically but leaves horizontal swipes to the viewer
    stage.style.touchAction = "pan-y";
  }

  function isRightToLeft(gallery) {
    return getComputedStyle(gallery).direction === "rtl";
  }

  function current(gallery) {
    return parseInt(gallery.getAttribute("data-current") || "0", 10);
  }

  // the address names the picture shown once the reader moves, so that it can be shared or reloaded
  function show(gallery, index, isFirst) {
    var slides = gallery.querySelectorAll(".gallery__slide");
    var at = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach(function (slide, i) {
      slide.hidden = i !== at;
      if (i === at) {
        var img = slide.querySelector("img");
        if (img) img.loading = "eager";
      }
    });
    gallery.setAttribute("data-current", String(at));
    gallery.querySelector(".gallery__position").textContent = gallery.getAttribute("data-position-text")
      .replace("{0}", String(at + 1)).replace("{1}", String(slides.length));
    gallery.querySelector("[data-gallery-previous]").disabled = at === 0;
    gallery.querySelector("[data-gallery-next]").disabled = at === slides.length - 1;
    if (!isFirst && history.replaceState) history.replaceState(history.state, "", "#picture-" + (at + 1));
  }

  function step(gallery, by) {
    show(gallery, current(gallery) + by);
  }

  function galleryOnPage() {
    return document.querySelector("[data-gallery-ready]");
  }

  if (!window.tribuneGalleryListening) {
    window.tribuneGalleryListening = true;
    document.addEventListener("click", function (event) {
      var button = event.target.closest("[data-gallery-previous], [data-gallery-next]");
      if (!button) return;
      var gallery = button.closest("[data-gallery]");
      step(gallery, button.hasAttribute("data-gallery-next") ? 1 : -1);
    });
    document.addEventListener("keydown", function (event) {
      var gallery = galleryOnPage();
      if (!gallery || event.altKey || event.ctrlKey || event.metaKey) return;
      var target = event.target;
      if (target.closest && target.closest("input, textarea, select, [contenteditable], audio")) return;
      var forward = isRightToLeft(gallery) ? "ArrowLeft" : "ArrowRight";
      var backward = isRightToLeft(gallery) ? "ArrowRight" : "ArrowLeft";
      if (event.key === forward) { step(gallery, 1); event.preventDefault(); }
      else if (event.key === backward) { step(gallery, -1); event.preventDefault(); }
      else if (event.key === "Home") { show(gallery, 0); event.preventDefault(); }
      else if (event.key === "End") { show(gallery, 1e9); event.preventDefault(); }
    });
    document.addEventListener("htmx:load", function () {
      document.querySelectorAll("[data-gallery]").forEach(setUp);
    });
  }
  document.querySelectorAll("[data-gallery]").forEach(setUp);
})();
