package io.tribune.moderation.web;

import java.util.Map;

/**
 * One rule's row of the policy form, as text the form shows: the policy's values on the first showing,
 * what the administrator sent when the form comes back with errors.
 */
public record PolicyRow(
        String id,
        String title,
        boolean enabled,
        String action,
        String threshold,
        String hold,
        boolean reason,
        Map<String, String> params) {}
