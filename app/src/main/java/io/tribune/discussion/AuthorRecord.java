package io.tribune.discussion;

/**
 * An author's record in one edition, for moderators: their comments by status, and the reports they
 * filed anywhere with how many moderators upheld.
 */
public record AuthorRecord(int published, int held, int rejected, int deleted, int reportsFiled, int reportsUpheld) {

    /** The share of their decided comments (published or rejected) that were rejected, 0 to 1. */
    public double rejectionRate() {
        int decided = published + rejected;
        return decided == 0 ? 0 : (double) rejected / decided;
    }
}
