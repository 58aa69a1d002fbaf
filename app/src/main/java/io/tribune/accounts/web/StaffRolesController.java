package io.tribune.accounts.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Problems;
import io.tribune.accounts.Role;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.system.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The admin page that lists staff roles and grants new ones. Anyone but an admin gets 404. */
@Controller
class StaffRolesController {

    private final AccountPages pages;
    private final Accounts accounts;
    private final Editions editions;

    StaffRolesController(AccountPages pages, Accounts accounts, Editions editions) {
        this.pages = pages;
        this.accounts = accounts;
        this.editions = editions;
    }

    @GetMapping("/{edition:[a-z]{2}}/account/admin/roles")
    ModelAndView roles(@PathVariable("edition") String code, HttpServletRequest request) {
        Edition edition = pages.edition(code);
        admin();
        return view(edition, request, Map.of(), Problems.none(), null);
    }

    @PostMapping("/{edition:[a-z]{2}}/account/admin/roles")
    ModelAndView grant(
            @PathVariable("edition") String code,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String role,
            @RequestParam(name = "roleEdition", required = false) String roleEdition,
            HttpServletRequest request,
            HttpServletResponse response) {
        Edition edition = pages.edition(code);
        AccountId admin = admin();
        Problems problems = accounts.grantRole(admin, email, role, roleEdition);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return view(edition, request, Map.of("email", AccountPages.echo(email, 254)), problems, null);
        }
        return view(edition, request, Map.of(), Problems.none(), "account.admin.granted");
    }

    private AccountId admin() {
        return AccountBarController.signedIn()
                .filter(id -> accounts.hasRole(id, Role.ADMIN, null))
                .orElseThrow(NotFound::new);
    }

    private ModelAndView view(
            Edition edition, HttpServletRequest request, Map<String, String> values, Problems problems, String notice) {
        var form = AccountPages.form(request, values, problems, notice, null);
        return new ModelAndView(
                "accounts/admin-roles",
                Map.of(
                        "page", pages.page(edition, "account.admin.title"),
                        "form", form,
                        "staff", accounts.staff(),
                        "editions", editions.all(),
                        "roles", java.util.List.of(Role.values())));
    }
}
