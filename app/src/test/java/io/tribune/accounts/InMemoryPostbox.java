package io.tribune.accounts;

import java.util.ArrayList;
import java.util.List;

/** A postbox that keeps the letters it is handed, for use-case tests to read. */
final class InMemoryPostbox implements Postbox {

    private final List<Letter> letters = new ArrayList<>();

    @Override
    public void send(Letter letter) {
        letters.add(letter);
    }

    void clear() {
        letters.clear();
    }

    List<Letter> letters() {
        return List.copyOf(letters);
    }

    List<Letter> lettersTo(String address) {
        return letters.stream().filter(letter -> letter.to().equals(address)).toList();
    }

    /** The token of the one-time link in the newest letter to the address. */
    String tokenMailedTo(String address) {
        List<Letter> mailed = lettersTo(address);
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
