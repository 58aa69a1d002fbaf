/**
 * Sign-in through OAuth2 / OpenID Connect providers: what a provider's identity means here — a linked
 * account, a deleted one, or a newcomer who links an existing account with its password or creates a
 * new one — and the linking and unlinking of identities on the profile.
 */
package io.tribune.accounts.social;
