package io.tribune.accounts.profile;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.social.IdentityRepository;
import io.tribune.accounts.staff.RoleRepository;
import io.tribune.media.Avatars;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Gathers all personal data of an account, for the reader's own download. */
@Service
public class ExportPersonalData {

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final NotificationChoices notificationChoices;
    private final IdentityRepository identities;
    private final Avatars avatars;

    ExportPersonalData(
            AccountRepository accounts,
            RoleRepository roles,
            NotificationChoices notificationChoices,
            IdentityRepository identities,
            Avatars avatars) {
        this.accounts = accounts;
        this.roles = roles;
        this.notificationChoices = notificationChoices;
        this.identities = identities;
        this.avatars = avatars;
    }

    /** Empty for inactive accounts. */
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
                        a.avatarId()
                                .map(avatar -> avatars.of(a.avatarId(), a.displayName(), id.value())
                                        .large())
                                .orElse(null),
                        notificationChoices.of(id),
                        identities.of(id)));
    }
}
