/**
 * The lexicon detector for the lexical rules (profanity, hate, minors, extremism, narcotics, suicide,
 * violence, insults and threats, trolling, disrespect to the publisher, and phrase cues for advertising,
 * promotion and spam). Lexicons are data files per language under {@code lexicons/<lang>/}, extended by
 * the operator's files of the same names; they are compiled once into tries and matched on normalised
 * words, never on raw substrings.
 */
package io.tribune.moderation.engine.lexical;
