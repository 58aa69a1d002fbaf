package io.tribune.moderation.engine.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads input one line at a time with a bound on the line's length, so one endless line cannot
 * exhaust memory: the rest of a line past the bound is skipped and the line is reported as too long.
 */
final class LineReader {

    /** A line read: its 1-based number and text, or {@code null} text when it was too long. */
    record Line(int number, String text) {

        boolean isTooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int number;

    LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, or {@code null} at the end of the input. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position >= limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? finish(line, tooLong) : null;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                if (line.length() + (position - start) > maxChars) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append(buffer, start, position - start);
                }
            }
            if (position < limit) {
                position++;
                return finish(line, tooLong);
            }
        }
    }

    private Line finish(StringBuilder line, boolean tooLong) {
        number++;
        if (tooLong) {
            return new Line(number, null);
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return new Line(number, line.toString());
    }
}
