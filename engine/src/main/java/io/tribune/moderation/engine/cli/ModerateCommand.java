package io.tribune.moderation.engine.cli;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.UnknownEdition;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code moderate}: screens JSON lines in order and writes one decision line per input line, plus a
 * revision line for each earlier comment that a later one changed, and an error line for each line
 * that cannot be screened.
 */
final class ModerateCommand {

    static final int MAX_LINE_CHARS = 16 * 1024 * 1024;
    static final int MEMORY = 100_000;

    private final Engine engine;
    private final JsonMapper json;

    ModerateCommand(Engine engine, JsonMapper json) {
        this.engine = engine;
        this.json = json;
    }

    void run(Reader in, Writer out) throws IOException {
        LineReader lines = new LineReader(in, MAX_LINE_CHARS);
        CommentParser parser = new CommentParser(json, engine.policies());
        DecisionJson output = new DecisionJson(json);
        Session session = new Session(engine, MEMORY);
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.isTooLong()) {
                write(out, output.error(line.number(), "line longer than " + MAX_LINE_CHARS + " characters"));
                continue;
            }
            if (line.text().isBlank()) {
                continue;
            }
            Comment comment;
            try {
                comment = parser.parse(line.text());
            } catch (CommentParser.Rejected e) {
                write(out, output.error(line.number(), e.getMessage()));
                continue;
            }
            Session.Screened screened;
            try {
                screened = session.screen(comment);
            } catch (UnknownEdition e) {
                write(out, output.error(line.number(), e.getMessage()));
                continue;
            } catch (RuntimeException e) {
                write(out, output.error(line.number(), "cannot screen: " + e));
                continue;
            }
            write(out, output.decision(screened.decision()));
            for (Decision revised : screened.revised()) {
                write(out, output.revision(revised));
            }
        }
        out.flush();
    }

    private static void write(Writer out, String line) throws IOException {
        out.write(line);
        out.write('\n');
    }
}
