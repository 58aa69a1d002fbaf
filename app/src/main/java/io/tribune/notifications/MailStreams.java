package io.tribune.notifications;

import jakarta.mail.util.StreamProvider;

/**
 * Names Jakarta Mail's stream provider (the encoders and decoders of body parts) once for the process.
 * Jakarta Mail 2.1 looks it up afresh wherever it needs one, for each body part and multipart made, each
 * part written and each encoded header, some nine times a letter; unnamed, every lookup is a {@link
 * java.util.ServiceLoader} scan of the class path (about a seventh of a comment post's processor time when
 * a reply letter is written). Its finder asks the system property named after the interface first: named
 * there, a lookup is a class already loaded. The provider named is the one the scan finds (Angus Mail's,
 * the only one on the class path; a name that no longer loads falls back to the scan); a value an
 * operator set is left as it is.
 */
final class MailStreams {

    /** Angus Mail's provider (a runtime dependency, so named rather than referred to). */
    private static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailStreams() {}

    static void name() {
        if (System.getProperty(StreamProvider.class.getName()) == null) {
            System.setProperty(StreamProvider.class.getName(), ANGUS);
        }
    }
}
