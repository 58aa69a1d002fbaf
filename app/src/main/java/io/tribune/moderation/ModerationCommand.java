package io.tribune.moderation;

import io.tribune.moderation.engine.cli.ModerationCli;

/** {@code tribune moderate ...}: the engine from the command line, without the web server. */
public final class ModerationCommand {

    private ModerationCommand() {}

    public static void main(String[] args) {
        ModerationCli.main(args);
    }
}
