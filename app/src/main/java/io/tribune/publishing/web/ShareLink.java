package io.tribune.publishing.web;

/**
 * One way to share an article, as the article page shows it.
 *
 * @param network the key of its label, {@code article.share.<network>} in the messages
 */
public record ShareLink(String network, String href) {}
