package io.tribune.accounts;

import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.Consent;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.Captcha;
import io.tribune.accounts.limits.CaptchaAnswer;
import io.tribune.accounts.limits.CaptchaChallenge;
import io.tribune.accounts.profile.ChangeAvatar;
import io.tribune.accounts.profile.ChangeEmail;
import io.tribune.accounts.profile.ChangeProfile;
import io.tribune.accounts.profile.DeleteAccount;
import io.tribune.accounts.profile.NotificationChoices;
import io.tribune.accounts.profile.NotificationPreferences;
import io.tribune.accounts.profile.PersonalData;
import io.tribune.accounts.registration.ConfirmEmail;
import io.tribune.accounts.registration.Register;
import io.tribune.accounts.registration.Registration;
import io.tribune.accounts.signin.LogIn;
import io.tribune.accounts.signin.LogInAttempt;
import io.tribune.accounts.signin.LogInResult;
import io.tribune.accounts.signin.PasswordReset;
import io.tribune.accounts.signin.RecoverPassword;
import io.tribune.accounts.signin.ResetPassword;
import io.tribune.accounts.signin.SessionStamps;
import io.tribune.accounts.social.IdentityRepository;
import io.tribune.accounts.staff.AccountListing;
import io.tribune.accounts.staff.FindAccounts;
import io.tribune.accounts.staff.GrantId;
import io.tribune.accounts.staff.GrantRole;
import io.tribune.accounts.staff.RevokeRole;
import io.tribune.accounts.staff.RoleRepository;
import io.tribune.accounts.staff.StaffGrant;
import io.tribune.editions.Edition;
import io.tribune.media.Avatar;
import io.tribune.media.Avatars;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The accounts module's entry point: what pages and other modules may ask of it. */
@Service
public class Accounts {

    private static final Set<String> CAPTCHA_FORMS = Set.of(Register.FORM, LogIn.FORM, RecoverPassword.FORM);

    private final AccountRepository accounts;
    private final Captcha captcha;
    private final Register register;
    private final ConfirmEmail confirmEmail;
    private final LogIn logIn;
    private final RecoverPassword recoverPassword;
    private final ResetPassword resetPassword;
    private final RoleRepository roles;
    private final GrantRole grantRole;
    private final RevokeRole revokeRole;
    private final FindAccounts findAccounts;
    private final ChangeProfile changeProfile;
    private final DeleteAccount deleteAccount;
    private final ChangeAvatar changeAvatar;
    private final ChangeEmail changeEmail;
    private final NotificationChoices notificationChoices;
    private final Avatars avatars;
    private final IdentityRepository identities;
    private final PrivacyPolicy privacyPolicy;

    Accounts(
            AccountRepository accounts,
            Captcha captcha,
            Register register,
            ConfirmEmail confirmEmail,
            LogIn logIn,
            RecoverPassword recoverPassword,
            ResetPassword resetPassword,
            RoleRepository roles,
            GrantRole grantRole,
            RevokeRole revokeRole,
            FindAccounts findAccounts,
            ChangeProfile changeProfile,
            DeleteAccount deleteAccount,
            ChangeAvatar changeAvatar,
            ChangeEmail changeEmail,
            NotificationChoices notificationChoices,
            Avatars avatars,
            IdentityRepository identities,
            PrivacyPolicy privacyPolicy) {
        this.accounts = accounts;
        this.captcha = captcha;
        this.register = register;
        this.confirmEmail = confirmEmail;
        this.logIn = logIn;
        this.recoverPassword = recoverPassword;
        this.resetPassword = resetPassword;
        this.roles = roles;
        this.grantRole = grantRole;
        this.revokeRole = revokeRole;
        this.findAccounts = findAccounts;
        this.changeProfile = changeProfile;
        this.deleteAccount = deleteAccount;
        this.changeAvatar = changeAvatar;
        this.changeEmail = changeEmail;
        this.notificationChoices = notificationChoices;
        this.avatars = avatars;
        this.identities = identities;
        this.privacyPolicy = privacyPolicy;
    }

    /** A fresh captcha for one of the module's forms ({@code register}, {@code login}, {@code recover}). */
    public CaptchaChallenge captcha(String form) {
        if (!CAPTCHA_FORMS.contains(form)) {
            throw new IllegalArgumentException("no captcha for form " + form);
        }
        return captcha.challenge(form);
    }

    public Problems register(Registration registration) {
        return register.register(registration);
    }

    /** Confirms an email address by the mailed token; false for unknown, expired or used tokens. */
    public boolean confirm(String token) {
        return confirmEmail.confirm(token).isPresent();
    }

    public LogInResult logIn(LogInAttempt attempt) {
        return logIn.logIn(attempt);
    }

    public boolean isCaptchaNeededToLogIn(String remoteAddress) {
        return logIn.isCaptchaNeeded(remoteAddress);
    }

    /** Mails a reset link if the address has an account; the answer does not tell whether it has. */
    public Problems recoverPassword(String edition, String email, CaptchaAnswer captcha, String remoteAddress) {
        return recoverPassword.recover(edition, email, captcha, remoteAddress);
    }

    public boolean isResetLinkValid(String token) {
        return resetPassword.isLinkValid(token);
    }

    /**
     * Sets a new password by a reset link and ends all of the account's sessions; empty when the
     * link is unknown, expired or used.
     */
    public Optional<PasswordReset> resetPassword(String token, String password) {
        return resetPassword.reset(token, password);
    }

    public Optional<Reader> find(AccountId id) {
        return accounts.find(id)
                .filter(Account::isActive)
                .map(a -> new Reader(a.id(), a.displayName(), a.edition(), a.isConfirmed()));
    }

    /** Whether the account exists, is active and has a confirmed address — the condition for commenting. */
    public boolean isConfirmed(AccountId id) {
        return find(id).map(Reader::isConfirmed).orElse(false);
    }

    /**
     * Whether the account may comment: active, address confirmed, and its consent to the privacy
     * policy in force standing (withdrawing it, or a new version of the policy, ends commenting until
     * the reader agrees again).
     */
    public boolean mayComment(AccountId id) {
        return isConfirmed(id) && hasAgreedToThePrivacyPolicy(id);
    }

    /** Whether the reader's agreement to the privacy policy in force stands; false after a new version. */
    public boolean hasAgreedToThePrivacyPolicy(AccountId id) {
        return accounts.consents(id).stream().anyMatch(privacyPolicy::isAgreedBy);
    }

    public List<Consent> consents(AccountId id) {
        return accounts.consents(id);
    }

    /** The account's email address, for its owner's profile page only. */
    public Optional<String> email(AccountId id) {
        return accounts.find(id).filter(Account::isActive).map(Account::email);
    }

    public Problems rename(AccountId id, String displayName) {
        return changeProfile.rename(id, displayName);
    }

    /** Sets a new password once the current one is given; guesses are limited like log-ins. */
    public Problems changePassword(AccountId id, String current, String next, String remoteAddress) {
        return changeProfile.changePassword(id, current, next, remoteAddress);
    }

    public void withdrawConsent(AccountId id) {
        changeProfile.withdrawConsent(id);
    }

    public void giveConsent(AccountId id) {
        changeProfile.giveConsent(id);
    }

    /** The reader's picture: the uploaded one, or their initials drawn on a colour of their own. */
    public Avatar avatar(AccountId id) {
        return accounts.find(id)
                .filter(Account::isActive)
                .map(this::avatarOf)
                .orElseGet(() -> avatars.of(Optional.empty(), "", id.value()));
    }

    /**
     * Checks, re-encodes and stores an uploaded picture as the reader's avatar; refused without a look
     * at the picture once the account or its network address has uploaded too often this hour.
     */
    public Problems changeAvatar(AccountId id, byte[] upload, String remoteAddress) {
        return changeAvatar.change(id, upload, remoteAddress);
    }

    /** The message key for an upload refused by its size alone, before its bytes were read. */
    public static String avatarTooLarge() {
        return ChangeAvatar.problem(io.tribune.media.AvatarUpload.Refusal.TOO_LARGE);
    }

    /** Returns to the drawn default and erases the uploaded picture. */
    public void removeAvatar(AccountId id) {
        changeAvatar.remove(id);
    }

    /**
     * Asks to move the account to a new address: after the current password is checked, a link goes
     * to the new address and nothing changes until it is opened. The answer is the same whether or not
     * the new address is taken. Only a few requests an hour are mailed, per account and per network
     * address.
     */
    public Problems changeEmail(
            AccountId id, String newEmail, String currentPassword, Edition edition, String remoteAddress) {
        return changeEmail.request(id, newEmail, currentPassword, edition, remoteAddress);
    }

    /** Moves the account to its new address by the mailed link; false for unknown, expired or used links. */
    public boolean confirmEmailChange(String token, Edition edition) {
        try {
            return changeEmail.confirm(token, edition).isPresent();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // the address was taken between the check and the change: nothing changed
            return false;
        }
    }

    /** What the reader wants to be told about, for the notifications module; empty for inactive accounts. */
    public Optional<NotificationPreferences> notificationPreferences(AccountId id) {
        return accounts.find(id).filter(Account::isActive).map(a -> notificationChoices.of(id));
    }

    public void chooseNotifications(AccountId id, NotificationPreferences preferences) {
        if (find(id).isPresent()) {
            notificationChoices.choose(id, preferences);
        }
    }

    /** Whether the account still has a generated one-time password that must be changed first. */
    public boolean mustChangePassword(AccountId id) {
        return accounts.find(id).map(Account::mustChangePassword).orElse(false);
    }

    /**
     * Deactivates the account at once and mails a restore link valid for 30 days; the data is
     * erased after that. False when the account was not active.
     */
    public boolean delete(AccountId id, String edition) {
        return deleteAccount.delete(id, edition);
    }

    /** Restores a deleted account by the mailed link; false for unknown, expired or used links. */
    public boolean restore(String token) {
        return deleteAccount.restore(token);
    }

    /** All personal data of the account, for the reader's own download. */
    public Optional<PersonalData> export(AccountId id) {
        return accounts.find(id)
                .filter(Account::isActive)
                .map(a -> new PersonalData(
                        a.id().value(),
                        a.email(),
                        a.displayName(),
                        a.edition(),
                        a.createdAt(),
                        a.confirmedAt(),
                        accounts.consents(id),
                        roles.of(id).stream()
                                .map(g -> new PersonalData.Grant(g.role().name(), g.edition()))
                                .toList(),
                        a.avatarId().map(avatar -> avatarOf(a).large()).orElse(null),
                        notificationChoices.of(id),
                        identities.of(id)));
    }

    /** Whether the account holds the role; {@code edition} matters only for per-edition roles. */
    public boolean hasRole(AccountId id, Role role, String edition) {
        return find(id).isPresent() && roles.holds(id, role, edition);
    }

    /** Every staff role held, for the admin page. */
    public List<StaffGrant> staff() {
        return roles.all();
    }

    /** An admin grants a role to the confirmed account with this address. */
    public Problems grantRole(AccountId admin, String email, String role, String edition) {
        return grantRole.grant(admin, email, role, edition);
    }

    /** A role still held, by the id the admin page gives it; empty for revoked roles and anything else. */
    public Optional<StaffGrant> heldRole(String grantId) {
        return GrantId.parse(grantId).flatMap(roles::find);
    }

    /**
     * An admin revokes a held role; only the role ends. Refused for the last administrator's role,
     * also when admins revoke each other at the same moment.
     */
    public Problems revokeRole(AccountId admin, String grantId) {
        return revokeRole.revoke(admin, grantId);
    }

    /**
     * For an admin: a page of the accounts whose address or display name contains {@code query} in
     * either case (every account when it is empty), with their status and roles.
     *
     * @param page from 1; a page past the last shows the last
     */
    public AccountListing findAccounts(AccountId admin, String query, int page) {
        return findAccounts.find(admin, query, page);
    }

    /** The stamp a new session of the account starts with; see {@link SessionStamps}. */
    public int sessionStamp(AccountId id) {
        return accounts.find(id).map(Account::sessionStamp).orElse(-1);
    }

    /** The name of the session attribute holding that stamp. */
    public static String sessionStampAttribute() {
        return SessionStamps.ATTRIBUTE;
    }

    private Avatar avatarOf(Account account) {
        return avatars.of(
                account.avatarId(), account.displayName(), account.id().value());
    }
}
