package io.tribune.publishing;

/** An article of another edition linked to the one being edited as the same story (an hreflang alternate). */
public record NewsroomTranslation(long id, String edition, String headline, String path) {}
