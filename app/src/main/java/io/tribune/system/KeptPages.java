package io.tribune.system;

import java.util.Optional;

/**
 * Where the web layer asks for a page that is already rendered and the same for everyone, before
 * the security chain and the dispatcher run. A module answers only for paths it owns and only with
 * pages it keeps already; it never renders here. Anything it does not answer goes the usual way.
 */
public interface KeptPages {

    /**
     * @param path the request path exactly as received (not decoded), without the query string
     */
    Optional<KeptPage> find(String path);
}
