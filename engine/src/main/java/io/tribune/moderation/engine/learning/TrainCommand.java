package io.tribune.moderation.engine.learning;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** {@code moderate train --edition en --data FILE}: trains an edition's classifier from labelled lines. */
public final class TrainCommand {

    private TrainCommand() {}

    /** Runs the command; returns the process exit code. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        err.println("moderate train: the classifier is not part of this build yet");
        return 2;
    }
}
