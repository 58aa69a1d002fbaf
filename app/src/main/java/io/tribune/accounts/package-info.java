/**
 * Accounts: readers and staff — registration with captcha and consent, email confirmation, log-in
 * with throttling and remember-me, sign-in through OAuth2 / OpenID Connect providers linked to an
 * account, profiles, deletion and export, staff roles. Other modules refer to an account by its
 * {@link io.tribune.accounts.AccountId} and ask {@link io.tribune.accounts.Accounts} whether it may
 * take part (e.g. comment); how comments look after an account is gone is decided by the module that
 * owns comments, following {@link io.tribune.accounts.DeletedAccount}. The captcha and the request
 * quotas are the named interface {@code limits}; everything in the other sub-packages is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package io.tribune.accounts;
