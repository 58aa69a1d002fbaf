package io.tribune.notifications.push.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The panel's and the prompt's form.
 *
 * @param subscription the browser's {@code PushSubscription} as JSON, filled in by the page's script
 * @param topic the topics ticked
 */
record SubscribeForm(
        @NotBlank @Size(max = 4096) String subscription,
        @Size(max = 64) List<String> topic) {}
