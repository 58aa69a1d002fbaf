/**
 * The provider round trip and its pages: the security chain's {@code oauth2Login()}, the provider's
 * claims, the identity waiting in the session, the "Do you already have an account?" pages and the
 * profile's list of linked identities.
 */
package io.tribune.accounts.social.web;
