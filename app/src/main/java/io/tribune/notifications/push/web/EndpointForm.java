package io.tribune.notifications.push.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Names a browser's subscription by its endpoint, which only that browser and the site know. */
record EndpointForm(@NotBlank @Size(max = 2048) String endpoint) {}
