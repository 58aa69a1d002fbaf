package io.tribune.accounts.profile;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.RequestQuotas;
import io.tribune.media.AvatarUpload;
import io.tribune.media.Avatars;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The reader uploads or removes their avatar. The media module checks and stores the picture; the
 * account keeps only its id. A replaced picture's files are erased at once; a deleted account's
 * picture stays for the restore period and goes with the purge.
 */
@Service
public class ChangeAvatar {

    private final AccountRepository accounts;
    private final Avatars avatars;
    private final RequestQuotas quotas;

    ChangeAvatar(AccountRepository accounts, Avatars avatars, RequestQuotas quotas) {
        this.accounts = accounts;
        this.avatars = avatars;
        this.quotas = quotas;
    }

    public Problems change(AccountId id, byte[] upload, String remoteAddress) {
        Optional<Account> account = accounts.find(id).filter(Account::isActive);
        if (account.isEmpty()) {
            return Problems.builder().add("avatar", "account.error.summary").build();
        }
        // decoding is the costly part, so the quota is taken before the picture is even looked at
        if (!quotas.take(RequestQuotas.Request.AVATAR_UPLOAD, id, remoteAddress)) {
            return Problems.builder().add("avatar", "accounts.limits.avatar").build();
        }
        return switch (avatars.store(upload)) {
            case AvatarUpload.Refused refused ->
                Problems.builder().add("avatar", problem(refused.reason())).build();
            case AvatarUpload.Stored stored -> {
                accounts.changeAvatar(id, stored.id().value());
                account.get().avatarId().ifPresent(avatars::discard);
                yield Problems.none();
            }
        };
    }

    public void remove(AccountId id) {
        Optional<Account> account = accounts.find(id).filter(Account::isActive);
        if (account.isPresent() && account.get().avatarId().isPresent()) {
            accounts.changeAvatar(id, null);
            avatars.discard(account.get().avatarId().get());
        }
    }

    /** The message key explaining a refusal. */
    public static String problem(AvatarUpload.Refusal refusal) {
        return switch (refusal) {
            case EMPTY -> "accounts.avatar.error.empty";
            case TOO_LARGE -> "accounts.avatar.error.tooLarge";
            case UNSUPPORTED_TYPE -> "accounts.avatar.error.unsupported";
            case NOT_AN_IMAGE -> "accounts.avatar.error.notAnImage";
            case TOO_MANY_PIXELS -> "accounts.avatar.error.tooManyPixels";
            case UNREADABLE -> "accounts.avatar.error.unreadable";
        };
    }
}
