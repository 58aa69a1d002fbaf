package io.tribune.moderation.engine.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds one code point to the chars matching sees: compatibility decomposition (full-width forms,
 * ligatures, mathematical letters), case folding, no combining marks, no format or bidi controls, and
 * a few letters that have no decomposition but are read as a plain letter (ł, ø, ı).
 */
final class CharFolding {

    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
    private static final String DROP = "";
    /** Cache of folded BMP code points; Strings are immutable, so a racy fill is harmless. */
    private static final String[] BMP = new String[0x10000];
    /** Cache of folded code points beyond the BMP (emoji, mathematical letters), bounded. */
    private static final Map<Integer, String> ASTRAL = new ConcurrentHashMap<>();

    private static final int MAX_ASTRAL_CACHE = 8192;

    private CharFolding() {}

    /** The folded form of a code point, empty when it carries nothing for matching. */
    static String fold(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? ASCII_LOWER[cp - 'A'] : ASCII[cp];
        }
        if (cp < 0x10000) {
            String cached = BMP[cp];
            if (cached == null) {
                cached = compute(cp);
                BMP[cp] = cached;
            }
            return cached;
        }
        String cached = ASTRAL.get(cp);
        if (cached == null) {
            cached = compute(cp);
            if (ASTRAL.size() < MAX_ASTRAL_CACHE) {
                ASTRAL.put(cp, cached);
            }
        }
        return cached;
    }

    /** Whether a code point is dropped: combining marks, zero-width and bidi controls, variation selectors. */
    static boolean isIgnorable(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.FORMAT
                || cp == 0x0640 // Arabic tatweel stretches words without changing them
                || cp == 0x3164
                || cp == 0x115F
                || cp == 0x1160;
    }

    private static String compute(int cp) {
        if (Character.isSurrogate((char) cp) && cp < 0x10000) {
            return " ";
        }
        if (cp >= 0x1F130 && cp < 0x1F18A && (cp - 0x1F130) % 0x20 < 26) {
            // squared and negative circled or squared Latin letters, which have no decomposition
            return String.valueOf((char) ('a' + (cp - 0x1F130) % 0x20));
        }
        if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
            // regional indicator letters, which render as flags in pairs and as letters alone
            return String.valueOf((char) ('a' + cp - 0x1F1E6));
        }
        if (cp >= 0x249C && cp <= 0x24B5) {
            // parenthesised small letters, whose decomposition would split the word with brackets
            return String.valueOf((char) ('a' + cp - 0x249C));
        }
        if (isIgnorable(cp)) {
            return DROP;
        }
        String lookAlike = lookAlike(cp);
        if (lookAlike != null) {
            return lookAlike;
        }
        String decomposed = NFKD.normalize(new String(Character.toChars(cp)));
        String folded = NFKD.normalize(UCharacter.foldCase(decomposed, true));
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (isIgnorable(c)) {
                continue;
            }
            String special = special(c);
            if (special == null) {
                special = lookAlike(c);
            }
            if (special != null) {
                out.append(special);
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** Letters of scripts no edition writes in (Cherokee, syllabics, Georgian), CJK strokes and symbols that spoof a Latin letter. */
    private static final String LOOK_ALIKE_FROM = "ᎪᏴᏟᎠᎬᏀᎻᎥᏦᏞᎷᏢᏒᏚᎢᏙᎳᏃᖴᑌᑕᗪᗩᗷᕼᒪᗰᑎᑭᖇᔕᐯᗯ匚ㄩ千乃卄丂ㄒ尺ꓘꓗɹʎʞɯʇ⊂∪ᛋ×ɣᴦიუㄨ§†ეበነ";

    private static final String LOOK_ALIKE_TO = "abcdeghiklmprstvwzfucdabhlmnprsvwcufbhstrkkrykmtcusxyrngxstgni";

    private static String lookAlike(int cp) {
        int at = cp < 0x10000 ? LOOK_ALIKE_FROM.indexOf((char) cp) : -1;
        return at >= 0 ? String.valueOf(LOOK_ALIKE_TO.charAt(at)) : null;
    }

    /** Letters without a decomposition that readers take for a plain letter, and quote marks. */
    private static String special(int c) {
        return switch (c) {
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'ı', 'ɩ', 'ɪ' -> "i";
            case 'ħ' -> "h";
            case 'ŧ' -> "t";
            case 'ƒ' -> "f";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            case 'ɑ', 'ɐ' -> "a";
            case 'ɡ' -> "g";
            case 'ʀ' -> "r";
            case 'ʏ' -> "y";
            case 'ɴ' -> "n";
            case 'ʜ' -> "h";
            case 'ʟ' -> "l";
            case 'ᴋ' -> "k";
            case 'ᴄ' -> "c";
            case 'ᴜ' -> "u";
            case 'ᴛ' -> "t";
            case 'ꜱ' -> "s";
            case 'ɢ' -> "g";
            case 'ᴏ' -> "o";
            case 'ᴅ' -> "d";
            case 'ᴇ' -> "e";
            case 'ʙ' -> "b";
            case 'ᴍ' -> "m";
            case 'ᴘ' -> "p";
            case 'ᴡ' -> "w";
            case 'ᴠ' -> "v";
            case 'ᴢ' -> "z";
            case 'ʃ' -> "s";
            case 'ɛ' -> "e";
            case 'ɔ' -> "c";
            case 'ɨ' -> "i";
            case 'ʉ' -> "u";
            case 'ǝ' -> "e";
            case 'ɗ', 'ɖ', 'ԁ' -> "d";
            case 'ƈ' -> "c";
            case 'ʝ' -> "j";
            case 'ʐ', 'ʑ' -> "z";
            case 'ɓ' -> "b";
            case 'ƙ', 'ĸ' -> "k";
            case 'ʂ' -> "s";
            case 'ɦ' -> "h";
            case 'ɱ' -> "m";
            case 'ɲ', 'ɳ' -> "n";
            case 'ƥ' -> "p";
            case 'ɽ', 'ɾ' -> "r";
            case 'ƭ', 'ʈ' -> "t";
            case 'ʋ' -> "v";
            case 'ᴀ' -> "a";
            case 'ғ' -> "f";
            case 'ҳ' -> "x";
            case 'ѵ' -> "v";
            case 'օ' -> "o";
            case 'ո' -> "n";
            case 'ս' -> "u";
            case 'զ' -> "q";
            case 'ց' -> "g";
            case 'հ' -> "h";
            case 'ё' -> "е";
            case 'ى' -> "ي";
            case 'ة' -> "ه";
            case '“', '”', '„', '«', '»', '‟', '″', '〝', '〞' -> "\"";
            case '‘', '’', '‚', '‛', '′', '`', '´' -> "'";
            case '‐', '‑', '‒', '–', '—', '―', '−' -> "-";
            default -> null;
        };
    }

    private static final String[] ASCII = new String[0x80];
    private static final String[] ASCII_LOWER = new String[26];

    static {
        for (int c = 0; c < 0x80; c++) {
            ASCII[c] = c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? " " : String.valueOf((char) c);
        }
        for (int c = 0; c < 26; c++) {
            ASCII_LOWER[c] = String.valueOf((char) ('a' + c));
        }
    }
}
