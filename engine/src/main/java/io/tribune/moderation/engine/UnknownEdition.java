package io.tribune.moderation.engine;

/** The comment names an edition that no policy covers. */
public final class UnknownEdition extends RuntimeException {

    private final String edition;

    public UnknownEdition(String edition) {
        super("unknown edition '" + edition + "'");
        this.edition = edition;
    }

    public String edition() {
        return edition;
    }
}
