package io.tribune.discussion.web;

import io.tribune.system.CsrfField;
import io.tribune.system.Page;

/**
 * A form sent while the node was too busy to take it, given back as it was typed on a page of its own
 * that reads nothing from the database: under a burst, the refused posts must cost little.
 *
 * @param page the page around it, in the edition's language
 * @param action where the form is sent again: the discussion, or the comment's edit action
 * @param csrf the form token
 * @param submitKey a fresh one-time key for a new comment or reply; null for an edit
 * @param parent the comment replied to, or null
 * @param sort the order the reader was reading in, or null
 * @param text what the reader typed (already cut when huge)
 * @param discussion the discussion to go back to
 */
public record BusyForm(
        Page page,
        String action,
        CsrfField csrf,
        String submitKey,
        Long parent,
        String sort,
        String text,
        String discussion) {}
