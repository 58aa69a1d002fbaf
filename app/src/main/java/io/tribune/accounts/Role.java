package io.tribune.accounts;

/** What an account may do beyond reading and commenting; moderators and editors act in one edition. */
public enum Role {
    MODERATOR(true),
    EDITOR(true),
    ADMIN(false);

    private final boolean isPerEdition;

    Role(boolean isPerEdition) {
        this.isPerEdition = isPerEdition;
    }

    public boolean isPerEdition() {
        return isPerEdition;
    }

    /** The Spring Security authority, e.g. {@code MODERATOR@en} or {@code ROLE_ADMIN}. */
    public String authority(String edition) {
        return isPerEdition ? name() + "@" + edition : "ROLE_" + name();
    }
}
