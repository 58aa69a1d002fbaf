package io.tribune.accounts.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.NotificationTopic;
import io.tribune.accounts.Reader;
import io.tribune.accounts.Role;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.profile.ChangeAvatar;
import io.tribune.accounts.profile.ChangeEmail;
import io.tribune.accounts.profile.ChangeProfile;
import io.tribune.accounts.profile.ExportPersonalData;
import io.tribune.accounts.profile.NotificationPreferences;
import io.tribune.accounts.profile.PersonalData;
import io.tribune.accounts.signin.SessionStamps;
import io.tribune.accounts.social.SocialIdentities;
import io.tribune.editions.Edition;
import io.tribune.media.AvatarUpload;
import io.tribune.media.Avatars;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The signed-in reader's own page: name, avatar, address, password, notifications, consent, and the
 * download of their data.
 */
@Controller
class ProfileController {

    /** The request attribute holding the new address to show again after a refused change. */
    private static final String NEW_EMAIL = ProfileController.class.getName() + ".newEmail";

    private static final int HTTP_TOO_MANY_REQUESTS = 429;

    /** What a forged consent button says: nothing more than that the form was refused. */
    private static final String UNKNOWN_ACTION = "account.error.summary";

    private final AccountPages pages;
    private final Accounts accounts;
    private final ChangeProfile profile;
    private final ChangeAvatar changeAvatar;
    private final ChangeEmail changeEmail;
    private final ExportPersonalData exportPersonalData;
    private final SessionStamps sessionStamps;
    private final SocialIdentities identities;
    private final PrivacyPolicy privacyPolicy;

    ProfileController(
            AccountPages pages,
            Accounts accounts,
            ChangeProfile profile,
            ChangeAvatar changeAvatar,
            ChangeEmail changeEmail,
            ExportPersonalData exportPersonalData,
            SessionStamps sessionStamps,
            SocialIdentities identities,
            PrivacyPolicy privacyPolicy) {
        this.pages = pages;
        this.accounts = accounts;
        this.profile = profile;
        this.changeAvatar = changeAvatar;
        this.changeEmail = changeEmail;
        this.exportPersonalData = exportPersonalData;
        this.sessionStamps = sessionStamps;
        this.identities = identities;
        this.privacyPolicy = privacyPolicy;
    }

    record RenameForm(String displayName) {}

    /** The password form; {@code current} is absent for an account that has no password yet. */
    record PasswordForm(String current, String password) {}

    /** The new-address form; the current password proves that the signed-in person is the owner. */
    record EmailForm(String newEmail, String emailPassword) {}

    /** The notification topics ticked, by their names. */
    record NotificationsForm(List<String> email) {}

    /** The consent buttons: give or withdraw the agreement to the privacy policy in force. */
    record ConsentForm(
            @NotNull(message = UNKNOWN_ACTION) @Pattern(regexp = "give|withdraw", message = UNKNOWN_ACTION)
            String action) {}

    /** What the profile page shows in its forms: the account as it is, and a new address refused just now. */
    record ProfileFields(String displayName, String email, String newEmail) {}

    @GetMapping(AccountPaths.PROFILE)
    ModelAndView profile(@PathVariable Edition edition, AccountId id, HttpServletRequest request) {
        return view(edition, request, reader(id), Problems.none(), null);
    }

    @PostMapping(AccountPaths.NAME)
    ModelAndView rename(
            @PathVariable Edition edition,
            AccountId id,
            @ModelAttribute RenameForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        return answer(edition, id, request, response, "account.profile.saved", profile.rename(id, form.displayName()));
    }

    @PostMapping(AccountPaths.PASSWORD)
    ModelAndView changePassword(
            @PathVariable Edition edition,
            AccountId id,
            @ModelAttribute PasswordForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        Problems problems = profile.changePassword(id, form.current(), form.password(), request.getRemoteAddr());
        if (problems.isEmpty()) {
            // other sessions end; this one carries on under the new stamp
            sessionStamps.stamp(request.getSession(), id);
        } else if (profile.mustChangePassword(id)) {
            response.setStatus(isOverQuota(problems) ? HTTP_TOO_MANY_REQUESTS : 422);
            return passwordPage(edition, id, request, problems);
        }
        return answer(edition, id, request, response, "account.profile.passwordChanged", problems);
    }

    /** The password form alone: where an account with a one-time password is sent from every page. */
    @GetMapping(AccountPaths.PASSWORD)
    ModelAndView passwordForm(@PathVariable Edition edition, AccountId id, HttpServletRequest request) {
        return passwordPage(edition, id, request, Problems.none());
    }

    /** Takes an uploaded avatar; one over the size limit is refused before its bytes are even read. */
    @PostMapping(AccountPaths.AVATAR)
    ModelAndView changeAvatar(
            @PathVariable Edition edition,
            AccountId id,
            @RequestParam(name = "avatar", required = false) MultipartFile file,
            HttpServletRequest request,
            HttpServletResponse response) {
        Problems problems;
        if (file != null && file.getSize() > Avatars.MAX_BYTES) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            problems = new Problems(Map.of("avatar", ChangeAvatar.problem(AvatarUpload.Refusal.TOO_LARGE)));
        } else {
            problems = changeAvatar.change(id, bytes(file), request.getRemoteAddr());
        }
        return answer(edition, id, request, response, "accounts.avatar.saved", problems);
    }

    @PostMapping(AccountPaths.AVATAR_REMOVAL)
    ModelAndView removeAvatar(
            @PathVariable Edition edition, AccountId id, HttpServletRequest request, HttpServletResponse response) {
        changeAvatar.remove(id);
        return answer(edition, id, request, response, "accounts.avatar.removed", Problems.none());
    }

    @PostMapping(AccountPaths.EMAIL)
    ModelAndView changeEmail(
            @PathVariable Edition edition,
            AccountId id,
            @ModelAttribute EmailForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        Problems problems =
                changeEmail.request(id, form.newEmail(), form.emailPassword(), edition, request.getRemoteAddr());
        if (!problems.isEmpty()) {
            request.setAttribute(NEW_EMAIL, form.newEmail());
        }
        return answer(edition, id, request, response, "accounts.email.sent", problems);
    }

    @PostMapping(AccountPaths.NOTIFICATIONS)
    ModelAndView chooseNotifications(
            @PathVariable Edition edition,
            AccountId id,
            @ModelAttribute NotificationsForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<NotificationPreferences> chosen = preferences(form.email() == null ? List.of() : form.email());
        chosen.ifPresent(preferences -> profile.chooseNotifications(id, preferences));
        Problems problems = chosen.isPresent()
                ? Problems.none()
                : new Problems(Map.of("notifications", "accounts.notifications.error.unknown"));
        return answer(edition, id, request, response, "accounts.notifications.saved", problems);
    }

    @PostMapping(AccountPaths.CONSENT)
    ModelAndView consent(
            @PathVariable Edition edition,
            AccountId id,
            @Valid @ModelAttribute ConsentForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!binding.hasErrors() && form.action().equals("withdraw")) {
            profile.withdrawConsent(id);
        } else if (!binding.hasErrors()) {
            profile.giveConsent(id);
        }
        return answer(edition, id, request, response, "account.profile.saved", AccountPages.problems(binding));
    }

    @GetMapping(AccountPaths.EXPORT)
    ResponseEntity<PersonalData> export(@PathVariable Edition edition, AccountId id) {
        PersonalData data = exportPersonalData.export(id).orElseThrow(AccountPages::signedOut);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"tribune-account-" + data.id() + ".json\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(data);
    }

    /** What every form of the page answers: the page again, with the problems (422, or 429 over a quota) or the notice. */
    private ModelAndView answer(
            Edition edition,
            AccountId id,
            HttpServletRequest request,
            HttpServletResponse response,
            String notice,
            Problems problems) {
        if (isOverQuota(problems)) {
            response.setStatus(HTTP_TOO_MANY_REQUESTS);
        } else if (!problems.isEmpty() && response.getStatus() < 400) {
            response.setStatus(422);
        }
        return view(edition, request, reader(id), problems, problems.isEmpty() ? notice : null);
    }

    /** Refused because the reader asked too often this hour: answered 429, so clients and proxies see why. */
    private static boolean isOverQuota(Problems problems) {
        return AccountPages.refusal(problems) == HTTP_TOO_MANY_REQUESTS;
    }

    private Reader reader(AccountId id) {
        return accounts.find(id).orElseThrow(AccountPages::signedOut);
    }

    private ModelAndView view(
            Edition edition, HttpServletRequest request, Reader reader, Problems problems, String notice) {
        var fields = new ProfileFields(
                reader.displayName(),
                changeEmail.currentAddress(reader.id()).orElse(""),
                request.getAttribute(NEW_EMAIL) instanceof String typed ? typed : "");
        var form = new FormView(fields, problems, notice, null);
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.page(edition, "account.profile.title"));
        model.put("form", form);
        model.put("hasPassword", identities.hasPassword(reader.id()));
        model.put("reader", reader);
        model.put("avatar", accounts.avatar(reader.id()));
        model.put(
                "notifications",
                profile.notificationPreferences(reader.id()).orElseGet(NotificationPreferences::defaults));
        model.put("consents", profile.consents(reader.id()));
        model.put("agreedToPolicy", profile.hasAgreedToThePrivacyPolicy(reader.id()));
        model.put("policyEffective", privacyPolicy.effective(edition));
        model.put("mayComment", accounts.mayComment(reader.id()));
        model.put("isAdmin", accounts.hasRole(reader.id(), Role.ADMIN, null));
        return new ModelAndView("accounts/profile", model);
    }

    private ModelAndView passwordPage(Edition edition, AccountId id, HttpServletRequest request, Problems problems) {
        var form = new FormView(null, problems, null, null);
        boolean mustChange = profile.mustChangePassword(id);
        return new ModelAndView(
                "accounts/password",
                Map.of(
                        "page",
                        pages.page(edition, "account.profile.password"),
                        "form",
                        form,
                        "hasPassword",
                        identities.hasPassword(id),
                        "mustChange",
                        mustChange));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            // the upload vanished from the container's temporary storage: treated like no file at all
            return new byte[0];
        }
    }

    /** The ticked topics; empty when a value names no topic (a forged form), so nothing is saved. */
    private static Optional<NotificationPreferences> preferences(List<String> ticked) {
        EnumSet<NotificationTopic> topics = EnumSet.noneOf(NotificationTopic.class);
        for (String value : ticked) {
            Optional<NotificationTopic> topic = Arrays.stream(NotificationTopic.values())
                    .filter(t -> t.name().equals(value))
                    .findFirst();
            if (topic.isEmpty()) {
                return Optional.empty();
            }
            topics.add(topic.get());
        }
        return Optional.of(new NotificationPreferences(topics));
    }
}
