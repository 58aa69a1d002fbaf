/**
 * What every use case of the module shares: the account record and its store, form problems, the
 * rules for addresses, display names and passwords (with bounded hashing and attempt throttling),
 * one-time links, consent to the privacy policy, the letters the module mails, and the module's
 * share of the security chain.
 */
package io.tribune.accounts.core;
