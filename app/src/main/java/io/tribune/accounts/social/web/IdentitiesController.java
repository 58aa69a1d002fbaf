package io.tribune.accounts.social.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.social.SocialIdentities;
import io.tribune.accounts.web.AccountPages;
import io.tribune.accounts.web.FormView;
import io.tribune.editions.Edition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The provider sign-ins linked to the signed-in reader's account: listed, unlinked (never the last way
 * in to an account without a password), and more linked through the providers' buttons. The profile
 * page loads the list with htmx; without JavaScript its link leads to the same list as a page.
 */
@Controller
class IdentitiesController {

    /** Notices a redirect may ask for, by a short word in the address. */
    private static final Map<String, String> DONE =
            Map.of("linked", "accounts.social.identities.linked", "unlinked", "accounts.social.identities.unlinked");

    private final AccountPages pages;
    private final SocialIdentities social;
    private final SocialProviders providers;

    IdentitiesController(AccountPages pages, SocialIdentities social, SocialProviders providers) {
        this.pages = pages;
        this.social = social;
        this.providers = providers;
    }

    /** The button of one linked sign-in. */
    record UnlinkForm(String identity) {

        /** The identity's id; -1, which no identity has, when the value is no number. */
        long id() {
            try {
                return identity == null ? -1 : Long.parseLong(identity.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    /** What a redirect to the list may ask it to say: a short word ({@code linked}, {@code unlinked}). */
    record Shown(String done) {

        /** The message key of the notice, or null for none or for a word no redirect writes. */
        String notice() {
            return done == null ? null : DONE.get(done);
        }
    }

    @GetMapping(AccountPaths.IDENTITIES)
    ModelAndView identities(
            @PathVariable Edition edition,
            AccountId id,
            @ModelAttribute Shown shown,
            HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        boolean fragment = "true".equals(request.getHeader("HX-Request"));
        return view(edition, request, id, Problems.none(), shown.notice(), fragment);
    }

    @PostMapping(AccountPaths.UNLINK)
    ModelAndView unlink(
            @PathVariable Edition edition,
            AccountId id,
            @ModelAttribute UnlinkForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        Problems problems = social.unlink(id, form.id());
        if (problems.isEmpty()) {
            return new ModelAndView("redirect:" + AccountPaths.identitiesDone(edition, "unlinked"));
        }
        response.setStatus(422);
        return view(edition, request, id, problems, null, false);
    }

    private ModelAndView view(
            Edition edition,
            HttpServletRequest request,
            AccountId account,
            Problems problems,
            String notice,
            boolean fragment) {
        List<IdentityView> linked = social.linked(account).stream()
                .map(identity -> IdentityView.of(identity, providers.nameOf(identity.provider())))
                .toList();
        var form = new FormView(null, problems, notice, null);
        var page = pages.page(edition, "accounts.social.identities.title");
        Map<String, Object> model = Map.of(
                "page", page,
                "form", form,
                "identities", linked,
                "providers", notLinkedYet(linked),
                "hasPassword", social.hasPassword(account));
        return new ModelAndView(fragment ? "accounts/fragments/identity-list" : "accounts/identities", model);
    }

    /** The providers offered for linking: those the account has no sign-in with yet. */
    private List<SocialProvider> notLinkedYet(List<IdentityView> linked) {
        return providers.all().stream()
                .filter(p -> linked.stream().noneMatch(i -> i.provider().equals(p.id())))
                .toList();
    }
}
