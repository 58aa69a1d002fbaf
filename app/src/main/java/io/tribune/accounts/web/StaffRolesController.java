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
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
            @Valid @ModelAttribute Search search,
            BindingResult binding,
            HttpServletResponse response) {
        return view(edition, response, admin, search.checked(binding), Problems.none(), null);
    }

    /** Grants a role from a row of the list; the list the admin was looking at is shown again. */
    @PostMapping(AccountPaths.ROLES)
    ModelAndView grant(
            @PathVariable Edition edition,
            AccountId admin,
            @ModelAttribute GrantForm form,
            @Valid @ModelAttribute Search search,
            BindingResult binding,
            HttpServletResponse response) {
        Problems problems = grantRole.grant(admin, form.email(), form.role(), form.roleEdition());
        return view(edition, response, admin, search.checked(binding), problems, "account.admin.granted");
    }

    /** Asks before revoking: the role, the account, and that nothing else ends. */
    @GetMapping(AccountPaths.REVOKE)
    ModelAndView confirmRevoke(
            @PathVariable Edition edition,
            AccountId admin,
            @ModelAttribute RevokeForm form,
            HttpServletResponse response) {
        Optional<StaffGrant> held = revokeRole.held(form.grant());
        if (held.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return view(edition, response, admin, Search.NONE, noGrant(), null);
        }
        return new ModelAndView(
                "accounts/admin-revoke",
                Map.of(
                        "page", pages.page(edition, "account.admin.revoke.title"),
                        "form", FormView.blank(),
                        "grant", held.get(),
                        "scope", scope(held.get())));
    }

    @PostMapping(AccountPaths.REVOKE)
    ModelAndView revoke(
            @PathVariable Edition edition,
            AccountId admin,
            @ModelAttribute RevokeForm form,
            HttpServletResponse response) {
        Problems problems = revokeRole.revoke(admin, form.grant());
        return view(edition, response, admin, Search.NONE, problems, "account.admin.revoked");
    }

    /** The edition a role is held in, by its name; empty for roles held in every edition. */
    private String scope(StaffGrant grant) {
        return grant.edition() == null
                ? ""
                : editions.find(grant.edition()).map(Edition::name).orElse(grant.edition());
    }

    private ModelAndView view(
            Edition edition,
            HttpServletResponse response,
            AccountId admin,
            Search search,
            Problems problems,
            String notice) {
        AccountListing listing = findAccounts.find(admin, search.q(), search.number());
        Map<String, String> all = new LinkedHashMap<>(problems.byField());
        listing.problems().byField().forEach(all::putIfAbsent);
        if (!all.isEmpty() && response.getStatus() < 400) {
            response.setStatus(422);
        }
        var form = new FormView(
                new Search(listing.query(), null), new Problems(all), problems.isEmpty() ? notice : null, null);
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

    /** A role to grant: the account's address, the role, and the edition it is held in (none: every edition). */
    record GrantForm(String email, String role, String roleEdition) {}

    /** The grant to revoke, by its id as the list links to it. */
    record RevokeForm(String grant) {}

    /**
     * What the admin searched for and the page of the list, as the search form and the pager send them.
     *
     * @param page absent for the first; a plain number from 1 to 999,999, anything else is a bad request
     */
    record Search(
            String q, @Pattern(regexp = "(?!0+$)[0-9]{0,6}") String page) {

        static final Search NONE = new Search("", null);

        /** The search if its page is one; a bad request otherwise. */
        Search checked(Errors binding) {
            if (binding.hasErrors()) {
                throw new BadRequest();
            }
            return this;
        }

        int number() {
            return page == null || page.isEmpty() ? 1 : Integer.parseInt(page);
        }
    }
}
