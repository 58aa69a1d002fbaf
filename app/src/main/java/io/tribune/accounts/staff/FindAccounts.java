package io.tribune.accounts.staff;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Role;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.Problems;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin looks accounts up by part of their address or display name, in either case, a page at a
 * time, with the roles each holds. An empty search lists every account.
 */
@Service
public class FindAccounts {

    static final int PAGE_SIZE = 50;
    /** As long as the longest address: nothing longer can match. */
    static final int MAX_QUERY_LENGTH = 254;

    private final AccountRepository accounts;
    private final RoleRepository roles;

    FindAccounts(AccountRepository accounts, RoleRepository roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    @Transactional(readOnly = true)
    public AccountListing find(AccountId admin, String query, int page) {
        String typed = query == null ? "" : query;
        // authorise
        if (!roles.holds(admin, Role.ADMIN, null)) {
            return AccountListing.refused("", "account.error.admin.forbidden");
        }
        // validate
        if (typed.length() > MAX_QUERY_LENGTH) {
            return AccountListing.refused(typed.substring(0, MAX_QUERY_LENGTH), "account.error.admin.searchLength");
        }
        if (!isReadable(typed)) {
            return AccountListing.refused("", "account.error.admin.searchText");
        }
        String wanted = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
        // load
        String pattern = likePattern(wanted);
        long total = accounts.countMatching(pattern);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.clamp(page, 1, pages);
        List<Account> found = accounts.search(pattern, PAGE_SIZE, (long) (shown - 1) * PAGE_SIZE);
        Map<AccountId, List<StaffGrant>> held = roles
                .of(found.stream().map(Account::id).toList())
                .stream()
                .collect(Collectors.groupingBy(StaffGrant::account));
        List<ListedAccount> listed = found.stream()
                .map(a -> new ListedAccount(
                        a.id(), a.displayName(), a.email(), status(a), held.getOrDefault(a.id(), List.of())))
                .toList();
        return new AccountListing(wanted, listed, shown, pages, total, Problems.none());
    }

    /** A LIKE pattern for "contains": the wildcards {@code %} and {@code _} typed by the admin match only themselves. */
    static String likePattern(String text) {
        // the database lowers both sides, so its idea of case holds for every script
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Letters, digits, punctuation and spaces; no control or invisible characters, nor broken UTF-16. */
    static boolean isReadable(String text) {
        return text.codePoints()
                .allMatch(c -> c != 0xFFFD
                        && switch (Character.getType(c)) {
                            case Character.CONTROL,
                                    Character.FORMAT,
                                    Character.SURROGATE,
                                    Character.PRIVATE_USE,
                                    Character.UNASSIGNED -> false;
                            default -> true;
                        });
    }

    private static ListedAccount.Status status(Account account) {
        if (!account.isActive()) {
            return ListedAccount.Status.DEACTIVATED;
        }
        return account.isConfirmed() ? ListedAccount.Status.ACTIVE : ListedAccount.Status.UNCONFIRMED;
    }

    /** Every staff role held, for the admin page. */
    public List<StaffGrant> staff() {
        return roles.all();
    }
}
