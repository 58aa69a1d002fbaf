package io.tribune.accounts.core;

import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an operator sets for accounts ({@code tribune.accounts.*}), read here only.
 *
 * @param privacyPolicyVersion the privacy policy in force: readers agree to this version
 * @param privacyPolicyEffective the day that version took effect
 */
@ConfigurationProperties("tribune.accounts")
public record AccountSettings(
        @DefaultValue("2026-11") String privacyPolicyVersion,
        @DefaultValue("2026-11-20") LocalDate privacyPolicyEffective,
        @DefaultValue CaptchaSettings captcha,
        @DefaultValue Argon2Settings argon2,
        @DefaultValue FirstAdminSettings firstAdmin) {

    /**
     * The captcha's key and difficulty.
     *
     * @param secret the key that signs challenges, shared by every node; blank for a random key per process
     * @param maxNumber the largest secret number of a challenge: how much work a browser does at most
     */
    public record CaptchaSettings(
            @DefaultValue("") String secret,
            @DefaultValue("100000") int maxNumber) {}

    /**
     * The cost of a password hash and how many run at once.
     *
     * @param maxConcurrent hashes at once; 0 for twice the number of processors
     * @param maxWait how long a request waits for its turn before it is answered "busy"
     */
    public record Argon2Settings(
            @DefaultValue("19456") int memoryKib,
            @DefaultValue("2") int iterations,
            @DefaultValue("0") int maxConcurrent,
            @DefaultValue("PT2S") Duration maxWait) {}

    /**
     * The administrator made at the first start when there is none.
     *
     * @param password blank for a generated one, logged once
     */
    public record FirstAdminSettings(
            @DefaultValue("admin@tribune.localhost") String email,
            @DefaultValue("") String password) {}
}
