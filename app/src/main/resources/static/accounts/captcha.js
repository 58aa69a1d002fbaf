// Loads the pinned ALTCHA widget (external build: styles and the worker come from our own origin,
// which the content security policy requires) and tells it where the SHA-256 worker lives.
import "/assets/accounts/altcha-3.2.2/altcha.min.js";
// The widget's own translations for the editions' languages (English is built in).
import "/assets/accounts/altcha-3.2.2/i18n/ru.js";
import "/assets/accounts/altcha-3.2.2/i18n/ar.js";
import "/assets/accounts/altcha-3.2.2/i18n/es-es.js";

globalThis.$altcha.i18n.set("es", globalThis.$altcha.i18n.get("es-es"));
globalThis.$altcha.algorithms.set("SHA-256", () => new Worker("/assets/accounts/altcha-3.2.2/sha.js"));

// The check runs: the note for browsers without JavaScript is not for this one.
for (const note of document.querySelectorAll(".account-form__needs-script")) {
  note.remove();
}
