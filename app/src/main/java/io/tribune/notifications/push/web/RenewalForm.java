package io.tribune.notifications.push.web;

/**
 * What the service worker posts when its push service replaced the subscription.
 *
 * @param old the endpoint replaced
 * @param subscription the new subscription's JSON, as {@code PushSubscription.toJSON()} gives it
 */
record RenewalForm(String old, String subscription) {}
