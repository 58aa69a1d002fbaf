package io.tribune.media;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an operator sets for media ({@code tribune.media.*}, {@code TRIBUNE_MEDIA_ROOT}), read here only.
 *
 * @param root the folder that holds image renditions and, under {@code avatars}, readers' pictures
 */
@ConfigurationProperties("tribune.media")
record MediaSettings(@DefaultValue("data/media") Path root) {}
