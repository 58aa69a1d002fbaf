package io.tribune.publishing.web;

/**
 * JSON that can stand inside a script element: the HTML parser ends the element at a closing tag and
 * treats {@code <!--} and {@code <script} specially, whatever JSON thinks of them. These characters only
 * occur inside JSON strings, where the escapes mean the same.
 */
final class ScriptJson {

    private ScriptJson() {}

    static String of(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
