/**
 * Limits: what keeps scripts from using the site's forms in bulk — the self-hosted proof-of-work
 * {@link Captcha} and the hourly {@link RequestQuotas} per requester and network address, both shared
 * by every node through the database. Named so that other modules (the discussion's comment form) may
 * use it with {@code allowedDependencies = "accounts :: limits"}; the rest of accounts stays internal.
 */
@NamedInterface("limits")
package io.tribune.accounts.limits;

import org.springframework.modulith.NamedInterface;
