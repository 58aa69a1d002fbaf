package io.tribune.publishing;

import java.util.List;

/**
 * Finds an edition's published articles by any words of their headline, lead or body, for the newsroom's
 * choosers (READ MORE links, related picks, translations). Declared here and answered by the search
 * module's index, so that publishing never depends on search; without one, the newsroom looks in
 * headlines alone.
 */
public interface NewsroomFinder {

    /** The ids of up to {@code count} published articles of the edition with the words typed so far, best first. */
    List<Long> find(String edition, String typed, int count);
}
