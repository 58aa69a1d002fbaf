package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The share links of an article page: e-mail and the big networks' own share addresses, as plain links
 * that carry the article's canonical address and headline. Nothing of the networks is loaded until a
 * reader follows one, so they learn nothing of readers who only read.
 */
final class ShareLinks {

    private ShareLinks() {}

    static List<ShareLink> of(Edition edition, String headline, String address) {
        String url = encode(address);
        String text = encode(headline);
        List<ShareLink> links = new ArrayList<>(List.of(
                new ShareLink("email", "mailto:?subject=" + text + "&body=" + url),
                new ShareLink("x", "https://x.com/intent/post?url=" + url + "&text=" + text),
                new ShareLink("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                new ShareLink("telegram", "https://t.me/share/url?url=" + url + "&text=" + text),
                new ShareLink("whatsapp", "https://wa.me/?text=" + text + "%20" + url),
                new ShareLink("linkedin", "https://www.linkedin.com/sharing/share-offsite/?url=" + url)));
        if (edition.code().equals("ru")) {
            links.add(new ShareLink("vk", "https://vk.com/share.php?url=" + url + "&title=" + text));
        }
        return List.copyOf(links);
    }

    /** Percent-encoding for a query value, spaces as %20 (RFC 3986, and RFC 6068 for mailto). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
