package io.tribune.accounts.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.PersonalData;
import io.tribune.accounts.Problems;
import io.tribune.accounts.Reader;
import io.tribune.editions.Edition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The signed-in reader's own page: name, password, consent, and the download of their data. */
@Controller
class ProfileController {

    private final AccountPages pages;
    private final Accounts accounts;

    ProfileController(AccountPages pages, Accounts accounts) {
        this.pages = pages;
        this.accounts = accounts;
    }

    @GetMapping("/{edition:[a-z]{2}}/account")
    ModelAndView profile(@PathVariable("edition") String code, HttpServletRequest request) {
        Edition edition = pages.edition(code);
        Optional<Reader> reader = AccountBarController.signedIn().flatMap(accounts::find);
        if (reader.isEmpty()) {
            return AccountPages.logInFirst(edition);
        }
        return view(edition, request, reader.get(), Problems.none(), null);
    }

    @PostMapping("/{edition:[a-z]{2}}/account/name")
    ModelAndView rename(
            @PathVariable("edition") String code,
            @RequestParam(required = false) String displayName,
            HttpServletRequest request,
            HttpServletResponse response) {
        Edition edition = pages.edition(code);
        Optional<AccountId> id = AccountBarController.signedIn();
        if (id.isEmpty()) {
            return AccountPages.logInFirst(edition);
        }
        Problems problems = accounts.rename(id.get(), displayName);
        return after(edition, request, response, id.get(), problems, "account.profile.saved");
    }

    @PostMapping("/{edition:[a-z]{2}}/account/password")
    ModelAndView changePassword(
            @PathVariable("edition") String code,
            @RequestParam(required = false) String current,
            @RequestParam(required = false) String password,
            HttpServletRequest request,
            HttpServletResponse response) {
        Edition edition = pages.edition(code);
        Optional<AccountId> id = AccountBarController.signedIn();
        if (id.isEmpty()) {
            return AccountPages.logInFirst(edition);
        }
        Problems problems = accounts.changePassword(id.get(), current, password);
        if (problems.isEmpty()) {
            // other sessions end; this one carries on under the new stamp
            request.getSession().setAttribute(Accounts.sessionStampAttribute(), accounts.sessionStamp(id.get()));
        }
        return after(edition, request, response, id.get(), problems, "account.profile.passwordChanged");
    }

    @PostMapping("/{edition:[a-z]{2}}/account/consent")
    ModelAndView consent(
            @PathVariable("edition") String code,
            @RequestParam(required = false) String action,
            HttpServletRequest request,
            HttpServletResponse response) {
        Edition edition = pages.edition(code);
        Optional<AccountId> id = AccountBarController.signedIn();
        if (id.isEmpty()) {
            return AccountPages.logInFirst(edition);
        }
        if ("withdraw".equals(action)) {
            accounts.withdrawConsent(id.get());
        } else if ("give".equals(action)) {
            accounts.giveConsent(id.get());
        } else {
            return after(
                    edition,
                    request,
                    response,
                    id.get(),
                    new Problems(Map.of("consent", "account.error.summary")),
                    null);
        }
        return after(edition, request, response, id.get(), Problems.none(), "account.profile.saved");
    }

    @GetMapping("/{edition:[a-z]{2}}/account/export.json")
    ResponseEntity<PersonalData> export(@PathVariable("edition") String code) {
        pages.edition(code);
        return AccountBarController.signedIn()
                .flatMap(accounts::export)
                .map(data -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"tribune-account-" + data.id() + ".json\"")
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .body(data))
                .orElseGet(() -> ResponseEntity.status(HttpServletResponse.SC_UNAUTHORIZED)
                        .build());
    }

    private ModelAndView after(
            Edition edition,
            HttpServletRequest request,
            HttpServletResponse response,
            AccountId id,
            Problems problems,
            String notice) {
        Optional<Reader> reader = accounts.find(id);
        if (reader.isEmpty()) {
            return AccountPages.logInFirst(edition);
        }
        if (!problems.isEmpty()) {
            response.setStatus(422);
        }
        return view(edition, request, reader.get(), problems, problems.isEmpty() ? notice : null);
    }

    private ModelAndView view(
            Edition edition, HttpServletRequest request, Reader reader, Problems problems, String notice) {
        var form = AccountPages.form(
                request,
                Map.of(
                        "displayName",
                        reader.displayName(),
                        "email",
                        accounts.email(reader.id()).orElse("")),
                problems,
                notice,
                null);
        return new ModelAndView(
                "accounts/profile",
                Map.of(
                        "page", pages.page(edition, "account.profile.title"),
                        "form", form,
                        "reader", reader,
                        "consents", accounts.consents(reader.id()),
                        "mayComment", accounts.mayComment(reader.id())));
    }
}
