package io.tribune.accounts.staff;

import io.tribune.accounts.core.Problems;
import java.util.List;

/**
 * One page of the administrator's list of accounts, or the problem with what was searched for.
 *
 * @param page the page shown, from 1
 * @param pages how many pages the search has, at least 1
 * @param total how many accounts matched
 */
public record AccountListing(
        String query, List<ListedAccount> accounts, int page, int pages, long total, Problems problems) {

    static AccountListing refused(String query, String problem) {
        return new AccountListing(
                query, List.of(), 1, 1, 0, Problems.builder().add("q", problem).build());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
