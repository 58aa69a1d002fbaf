package io.tribune.editions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an operator sets for editions ({@code tribune.*}), read here only.
 *
 * @param defaultEdition the code of the edition used when nothing else says which; an unknown code
 *     means the first edition
 */
@ConfigurationProperties("tribune")
record EditionSettings(@DefaultValue("en") String defaultEdition) {}
