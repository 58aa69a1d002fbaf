package io.tribune.accounts.social.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.editions.Edition;

/**
 * A sign-in provider the operator configured, as the pages show it.
 *
 * @param id the registration id from the configuration, e.g. {@code google}
 * @param name the name on its button, e.g. {@code Google}
 */
public record SocialProvider(String id, String name) {

    /** Where its button leads: Tribune first notes the edition, then hands over to the provider. */
    public String start(Edition edition) {
        return AccountPaths.socialStart(edition, id);
    }
}
