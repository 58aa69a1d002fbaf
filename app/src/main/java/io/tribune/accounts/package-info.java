/**
 * Accounts: readers and staff — registration with captcha and consent, email confirmation, log-in
 * with throttling and remember-me, sign-in through OAuth2 / OpenID Connect providers linked to an
 * account, profiles, deletion and export, staff roles. Other modules refer to an account by its
 * {@link AccountId} and ask {@link Accounts} whether it may take part (e.g. comment); how comments
 * look after an account is gone is decided by the module that owns comments, following
 * {@link DeletedAccount}. The captcha and the request quotas are the named interface {@code limits};
 * everything in the other sub-packages is internal.
 */
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"editions", "media", "notifications", "system"})
package io.tribune.accounts;

import org.springframework.modulith.ApplicationModule;
