package io.tribune.accounts;

import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.accounts.profile.DeleteAccount;
import io.tribune.accounts.profile.NotificationChoices;
import io.tribune.accounts.staff.RoleRepository;
import io.tribune.media.Avatar;
import io.tribune.media.Avatars;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the accounts module: who an account is, whether it may comment, the
 * roles it holds and its picture. The module's own pages call its use cases directly.
 */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final Avatars avatars;
    private final DeleteAccount deletion;
    private final NotificationChoices notificationChoices;
    private final PrivacyPolicy privacyPolicy;
    private final Clock clock;

    Accounts(
            AccountRepository accounts,
            RoleRepository roles,
            Avatars avatars,
            DeleteAccount deletion,
            NotificationChoices notificationChoices,
            PrivacyPolicy privacyPolicy,
            Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.avatars = avatars;
        this.deletion = deletion;
        this.notificationChoices = notificationChoices;
        this.privacyPolicy = privacyPolicy;
        this.clock = clock;
    }

    /** The reader behind an id; empty for unknown and inactive accounts. */
    public Optional<Reader> find(AccountId id) {
        return accounts.find(id)
                .filter(Account::isActive)
                .map(a -> new Reader(a.id(), a.displayName(), a.edition(), a.isConfirmed()));
    }

    /** The readers behind the ids, read at once; unknown and inactive accounts are left out. */
    public Map<AccountId, Reader> find(Collection<AccountId> ids) {
        Map<AccountId, Reader> found = new HashMap<>();
        accounts.find(ids).stream()
                .filter(Account::isActive)
                .forEach(a -> found.put(a.id(), new Reader(a.id(), a.displayName(), a.edition(), a.isConfirmed())));
        return found;
    }

    /** Whether the account exists, is active and has a confirmed address. */
    public boolean isConfirmed(AccountId id) {
        return find(id).map(Reader::isConfirmed).orElse(false);
    }

    /**
     * Whether the account may comment: active, address confirmed, and its consent to the privacy
     * policy in force standing (withdrawing it, or a new version of the policy, ends commenting until
     * the reader agrees again). One statement: it is asked for every post, edit and report.
     */
    public boolean mayComment(AccountId id) {
        return accounts.mayComment(id, privacyPolicy.version());
    }

    /**
     * Where to email the reader about {@code topic}: present only for an active account with a
     * confirmed address whose holder ticked that topic (email is opt-in).
     */
    public Optional<Addressee> addressee(AccountId id, NotificationTopic topic) {
        return accounts.find(id)
                .filter(Account::isActive)
                .filter(Account::isConfirmed)
                .filter(a -> notificationChoices.of(id).wantsEmail(topic))
                .map(a -> new Addressee(a.id(), a.email(), a.edition()));
    }

    /**
     * Where to email the reader what is owed to them whatever they chose (statements of reasons, the
     * answer to their unlock request): present for an active account.
     */
    public Optional<Addressee> addressee(AccountId id) {
        return accounts.find(id).filter(Account::isActive).map(a -> new Addressee(a.id(), a.email(), a.edition()));
    }

    /** Stops email about {@code topic} for the account (its unsubscribe link); nothing for an unknown one. */
    public void stopEmails(AccountId id, NotificationTopic topic) {
        if (accounts.find(id).filter(Account::isActive).isPresent()) {
            notificationChoices.stopEmails(id, topic);
        }
    }

    /** Whether the account holds the role; {@code edition} matters only for per-edition roles. */
    public boolean hasRole(AccountId id, Role role, String edition) {
        return find(id).isPresent() && roles.holds(id, role, edition);
    }

    /** Whether the account may work the edition's desk of the role: it holds the role there, or is an administrator. */
    public boolean isStaffOf(AccountId id, Role role, String edition) {
        return hasRole(id, role, edition) || hasRole(id, Role.ADMIN, null);
    }

    /**
     * Deletes the account for an administrator, without notice: it is deactivated at once (its sessions
     * end at their next request, log-in is refused), no restore link is sent, and its data is erased on
     * the schedule of a reader's own deletion. Administrators cannot be deleted this way. Empty, with
     * nothing changed, for an unknown, inactive or administrator's account, and for the second of two
     * deletions at once.
     */
    public Optional<DeletedByAdministrator> deleteByAdministrator(AccountId account) {
        if (account == null || roles.holds(account, Role.ADMIN, null)) {
            return Optional.empty();
        }
        return deletion.deleteWithoutNotice(account)
                .map(a -> new DeletedByAdministrator(a.id(), a.email(), a.edition(), clock.instant()));
    }

    /** The reader's picture: the uploaded one, or their initials drawn on a colour of their own. */
    public Avatar avatar(AccountId id) {
        return accounts.find(id)
                .filter(Account::isActive)
                .map(a -> avatars.of(a.avatarId(), a.displayName(), a.id().value()))
                .orElseGet(() -> avatars.of(Optional.empty(), "", id.value()));
    }
}
