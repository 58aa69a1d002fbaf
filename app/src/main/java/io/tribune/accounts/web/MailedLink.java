package io.tribune.accounts.web;

/**
 * The token of a link mailed to a reader (confirmation, reset, restore, new address), as its page's
 * address and its button's form carry it.
 */
record MailedLink(String token) {}
