package io.tribune.accounts.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.Role;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.staff.AccountListing;
import io.tribune.accounts.staff.FindAccounts;
import io.tribune.accounts.staff.GrantRole;
import io.tribune.accounts.staff.RevokeRole;
import io.tribune.accounts.staff.StaffGrant;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.system.BadRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The admin page of staff roles: who holds which role, a searchable list of accounts to grant roles
 * to, and the revocation of a role after a confirmation. Anyone but an admin gets 404 ({@link
 * SignedInPages}).
 */
@Controller
class StaffRolesController {

    private final AccountPages pages;
    private final GrantRole grantRole;
    private final RevokeRole revokeRole;
    private final FindAccounts findAccounts;
    private final Editions editions;

    StaffRolesController(
            AccountPages pages,
            GrantRole grantRole,
            RevokeRole revokeRole,
            FindAccounts findAccounts,
            Editions editions) {
        this.pages = pages;
        this.grantRole = grantRole;
        this.revokeRole = revokeRole;
        this.findAccounts = findAccounts;
        this.editions = editions;
    }

    @GetMapping(AccountPaths.ROLES)
    ModelAndView roles(
            @PathVariable Edition edition,
            AccountId admin,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            HttpServletRequest request,
            HttpServletResponse response) {
        return view(edition, request, response, admin, new Search(q, page), Problems.none(), null);
    }

    /** Grants a role from a row of the list; the list the admin was looking at is shown again. */
    @PostMapping(AccountPaths.ROLES)
    ModelAndView grant(
            @PathVariable Edition edition,
            AccountId admin,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String role,
            @RequestParam(name = "roleEdition", required = false) String roleEdition,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            HttpServletRequest request,
            HttpServletResponse response) {
        Problems problems = grantRole.grant(admin, email, role, roleEdition);
        return view(edition, request, response, admin, new Search(q, page), problems, "account.admin.granted");
    }

    /** Asks before revoking: the role, the account, and that nothing else ends. */
    @GetMapping(AccountPaths.REVOKE)
    ModelAndView confirmRevoke(
            @PathVariable Edition edition,
            AccountId admin,
            @RequestParam(required = false) String grant,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<StaffGrant> held = revokeRole.held(grant);
        if (held.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return view(edition, request, response, admin, Search.NONE, noGrant(), null);
        }
        var form = AccountPages.form(request, Map.of(), Problems.none(), null, null);
        return new ModelAndView(
                "accounts/admin-revoke",
                Map.of(
                        "page", pages.page(edition, "account.admin.revoke.title"),
                        "form", form,
                        "grant", held.get(),
                        "scope", scope(held.get())));
    }

    @PostMapping(AccountPaths.REVOKE)
    ModelAndView revoke(
            @PathVariable Edition edition,
            AccountId admin,
            @RequestParam(required = false) String grant,
            HttpServletRequest request,
            HttpServletResponse response) {
        Problems problems = revokeRole.revoke(admin, grant);
        return view(edition, request, response, admin, Search.NONE, problems, "account.admin.revoked");
    }

    /** The edition a role is held in, by its name; empty for roles held in every edition. */
    private String scope(StaffGrant grant) {
        return grant.edition() == null
                ? ""
                : editions.find(grant.edition()).map(Edition::name).orElse(grant.edition());
    }

    private ModelAndView view(
            Edition edition,
            HttpServletRequest request,
            HttpServletResponse response,
            AccountId admin,
            Search search,
            Problems problems,
            String notice) {
        AccountListing listing = findAccounts.find(admin, search.query(), search.page());
        Map<String, String> all = new LinkedHashMap<>(problems.byField());
        listing.problems().byField().forEach(all::putIfAbsent);
        if (!all.isEmpty() && response.getStatus() < 400) {
            response.setStatus(422);
        }
        var form = AccountPages.form(
                request, Map.of("q", listing.query()), new Problems(all), problems.isEmpty() ? notice : null, null);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", pages.page(edition, "account.admin.title"));
        model.put("form", form);
        model.put("staff", findAccounts.staff());
        model.put("editions", editions.all());
        model.put("roles", List.of(Role.values()));
        model.put("listing", listing);
        return new ModelAndView("accounts/admin-roles", model);
    }

    private static Problems noGrant() {
        return new Problems(Map.of("form", "account.error.admin.noGrant"));
    }

    /** What the admin searched for and the page of the list, as the search form and the pager send them. */
    private record Search(String query, int page) {

        static final Search NONE = new Search("", 1);

        Search(String query, String page) {
            this(AccountPages.echo(query, 1024), number(page));
        }

        /** Absent means 1; anything but a plain number from 1 to 999,999 is a bad request. */
        private static int number(String value) {
            if (value == null || value.isEmpty()) {
                return 1;
            }
            if (value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new BadRequest();
            }
            int page = Integer.parseInt(value);
            if (page < 1) {
                throw new BadRequest();
            }
            return page;
        }
    }
}
