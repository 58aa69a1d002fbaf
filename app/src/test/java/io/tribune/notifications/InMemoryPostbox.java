package io.tribune.notifications;

import io.tribune.system.Site;
import io.tribune.system.Texts;
import java.util.ArrayList;
import java.util.List;

/** A postbox that keeps the letters it is handed, for use-case tests to read. */
public final class InMemoryPostbox implements Postbox {

    /** A letter as it was handed to the postbox. */
    public record Sent(String to, String subject, String body) {}

    private final List<Sent> letters = new ArrayList<>();

    @Override
    public void send(Letter letter) {
        letters.add(new Sent(letter.to(), letter.subject(), letter.body()));
    }

    /** The module's letter writer, handing its letters to this postbox. */
    public Letters letters(Texts texts, Site site) {
        return new Letters(this, texts, site);
    }

    public void clear() {
        letters.clear();
    }

    public List<Sent> letters() {
        return List.copyOf(letters);
    }

    public List<Sent> lettersTo(String address) {
        return letters.stream().filter(letter -> letter.to().equals(address)).toList();
    }

    /** The token of the one-time link in the newest letter to the address. */
    public String tokenMailedTo(String address) {
        List<Sent> mailed = lettersTo(address);
        if (mailed.isEmpty()) {
            throw new AssertionError("no letter to " + address);
        }
        String body = mailed.getLast().body();
        int start = body.indexOf("token=");
        if (start < 0) {
            throw new AssertionError("no link in the letter to " + address);
        }
        int end = start + "token=".length();
        while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
            end++;
        }
        return body.substring(start + "token=".length(), end);
    }
}
