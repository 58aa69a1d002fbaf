package io.tribune.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an operator sets for the installation as a whole ({@code tribune.base-url},
 * {@code tribune.demo.enabled}, {@code tribune.http.*}), read here only.
 *
 * @param baseUrl the public address ({@code TRIBUNE_BASE_URL}); blank or null when not set
 */
@ConfigurationProperties("tribune")
public record SystemSettings(
        String baseUrl,
        @DefaultValue DemoSettings demo,
        @DefaultValue HttpSettings http) {

    /**
     * The demo.
     *
     * @param enabled whether this is the demo ({@code TRIBUNE_DEMO}): demo content, and an address of its own
     */
    public record DemoSettings(@DefaultValue("false") boolean enabled) {}

    /**
     * The connector.
     *
     * @param writeBufferBytes the per-connection write buffer: a whole page should fit in it
     */
    public record HttpSettings(@DefaultValue("32768") int writeBufferBytes) {
        public HttpSettings {
            if (writeBufferBytes < 1) {
                throw new IllegalArgumentException(
                        "tribune.http.write-buffer-bytes must be a positive number of bytes, not " + writeBufferBytes);
            }
        }
    }
}
