package io.tribune.media;

/**
 * How a reader's picture is shown: the addresses of its two sizes.
 *
 * @param large the 256-pixel square, for the profile page
 * @param small the 64-pixel square, for comments and the account bar
 * @param isUploaded false when the picture is the drawn default (initials on a colour)
 */
public record Avatar(String large, String small, boolean isUploaded) {}
