// Listen Live: the player bar's play/pause, volume and state. The page frame sets hx-boost on the body
// of an edition with a stream, and the bar is hx-preserve'd, so htmx swaps everything around it and the
// stream keeps playing while the reader moves between the edition's pages. Without scripts the bar is
// the browser's own audio controls. Pages are kept by browsers and shared caches for up to a minute, so
// the bar asks for the stream itself (data-stream, revalidated on every use) when a page loads and at
// each page the reader moves to: a stream an editor changed is taken at once when nothing plays; while
// it plays, what is heard goes on uninterrupted and the new stream is taken at the next press of play
// (the bar says so); a new name or schedule of the same stream is shown at once; a removed stream hides
// the bar unless it is playing.
(function () {
  "use strict";

  var bar = document.getElementById("listen-live");
  if (!bar || bar.hasAttribute("data-listen-ready")) return;
  bar.setAttribute("data-listen-ready", "");
  var edition = bar.getAttribute("data-edition");

  // Only links to the edition's own pages are followed by htmx: forms, feeds, pictures and the other
  // editions (another language and text direction) load as usual.
  document.addEventListener("htmx:beforeProcessNode", function (event) {
    var node = event.target;
    if (node.tagName === "FORM" || (node.tagName === "A" && !isEditionPage(node))) {
      node.setAttribute("hx-boost", "false");
    }
  });

  function isEditionPage(link) {
    if (link.hasAttribute("download") || link.hasAttribute("target") || link.origin !== location.origin) return false;
    var path = link.pathname;
    return path.indexOf("/" + edition + "/") === 0 && !/\.(xml|gif|jpe?g|png|webp|json|txt)$/.test(path);
  }

  var audio = bar.querySelector("audio");
  var toggle = bar.querySelector("[data-listen-toggle]");
  var volume = bar.querySelector("[data-listen-volume]");
  var status = bar.querySelector("[data-listen-state]");
  var source = audio.getAttribute("src");
  var isWanted = false;
  var nextNote = bar.querySelector("[data-listen-next]");
  var next = null;

  audio.removeAttribute("controls");
  bar.querySelector(".listen__controls").hidden = false;

  function show(state) {
    bar.setAttribute("data-state", state);
    status.textContent = bar.getAttribute("data-text-" + state);
    var isOn = state === "playing" || state === "loading";
    toggle.textContent = bar.getAttribute(isOn ? "data-text-pause" : "data-text-play");
    toggle.setAttribute("aria-pressed", String(isOn));
  }

  function down() {
    isWanted = false;
    show("down");
  }

  toggle.addEventListener("click", function () {
    if (isWanted) {
      isWanted = false;
      audio.pause();
      show("paused");
      return;
    }
    isWanted = true;
    if (next) take(next);
    show("loading");
    // a live stream resumes at the live edge, not where it was paused, and is retried after a failure
    audio.src = source;
    var played = audio.play();
    if (played && played.catch) {
      played.catch(function (error) {
        if (error && error.name !== "AbortError") down();
      });
    }
  });

  audio.addEventListener("playing", function () { if (isWanted) show("playing"); });
  audio.addEventListener("waiting", function () { if (isWanted) show("loading"); });
  audio.addEventListener("error", function () { if (isWanted) down(); });
  // a live stream does not end: when it does, the station has gone off the air
  audio.addEventListener("ended", function () { if (isWanted) down(); });

  function label(stream) {
    bar.querySelector(".listen__name").textContent = stream.name;
    var schedule = bar.querySelector(".listen__schedule");
    if (!stream.schedule) {
      if (schedule) schedule.remove();
      return;
    }
    if (!schedule) {
      schedule = document.createElement("span");
      schedule.className = "listen__schedule";
      bar.querySelector(".listen__title").append(" ", schedule);
    }
    schedule.textContent = stream.schedule;
  }

  function take(stream) {
    next = null;
    nextNote.hidden = true;
    nextNote.textContent = "";
    label(stream);
    if (stream.url !== source) {
      source = stream.url;
      // drops what the old stream had loaded; nothing new loads before play (preload="none")
      audio.src = source;
    }
  }

  function follow(stream) {
    if (!stream.url) {
      if (!isWanted) bar.hidden = true;
      return;
    }
    bar.hidden = false;
    if (isWanted && stream.url !== source) {
      next = stream;
      nextNote.textContent = bar.getAttribute("data-text-next") + " " + stream.name;
      nextNote.hidden = false;
    } else {
      take(stream);
    }
  }

  var asked = 0;

  function learn() {
    var ask = ++asked;
    fetch(bar.getAttribute("data-stream"), { cache: "no-cache", credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (stream) {
        // only the last answer counts: an earlier one may arrive after it
        if (stream && ask === asked) follow(stream);
      })
      .catch(function () { /* out of reach: the bar keeps the stream it has */ });
  }

  learn();
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail && event.detail.boosted) learn();
  });
  document.addEventListener("htmx:historyRestore", learn);

  var stored = null;
  try { stored = localStorage.getItem("tribune.listen.volume"); } catch (e) { /* storage blocked */ }
  if (stored !== null && !isNaN(parseFloat(stored))) {
    audio.volume = Math.max(0, Math.min(1, parseFloat(stored)));
    volume.value = String(audio.volume);
  }
  volume.addEventListener("input", function () {
    audio.volume = parseFloat(volume.value);
    try { localStorage.setItem("tribune.listen.volume", volume.value); } catch (e) { /* storage blocked */ }
  });
})();
