package io.tribune.publishing.web;

import java.util.OptionalLong;

/** The article of another edition an editor links or unlinks, by id, as posted. */
record NewsroomTranslationForm(String article) {

    /** The id, when the field holds one; anything else (empty, signed, huge, text) holds none. */
    OptionalLong id() {
        return article != null && article.matches("[0-9]{1,18}")
                ? OptionalLong.of(Long.parseLong(article))
                : OptionalLong.empty();
    }
}
