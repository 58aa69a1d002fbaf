package io.tribune.publishing;

import java.util.Map;

/** What became of an editor's save: done, refused with the problems per field, or refused as stale. */
public sealed interface Saved {

    /** Saved; the form goes on from this version. */
    record Done(long id, long version) implements Saved {}

    /** Nothing was saved: the problems by form field, each a message key. */
    record Refused(Map<String, String> problems) implements Saved {}

    /**
     * Nothing was saved: someone else saved the article since this editor opened it. Their version
     * stays; this editor's text comes back in the form to be reconciled.
     */
    record Stale(long current) implements Saved {}
}
