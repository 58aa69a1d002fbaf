// Loads the pinned ALTCHA widget (external build: styles and the worker come from our own origin,
// which the content security policy requires) and tells it where the SHA-256 worker lives.
import "/assets/accounts/altcha-3.2.2/altcha.min.js";

globalThis.$altcha.algorithms.set("SHA-256", () => new Worker("/assets/accounts/altcha-3.2.2/sha.js"));
