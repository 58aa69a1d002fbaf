package io.tribune.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, without any browser download and with background
 * networking off (this machine has no internet). Tests that need it are skipped where it is missing.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(env("TRIBUNE_TEST_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-quic",
                                "--no-first-run")));
    }

    public static boolean isAvailable() {
        return Files.isExecutable(CHROMIUM);
    }

    public BrowserContext newContext(String locale) {
        return newContext(locale, true);
    }

    /** A context with JavaScript on or off, for the no-script paths. */
    public BrowserContext newContext(String locale, boolean javaScript) {
        return browser.newContext(new NewContextOptions()
                .setLocale(locale)
                .setJavaScriptEnabled(javaScript)
                .setViewportSize(1280, 900)
                .setPermissions(List.of("clipboard-read", "clipboard-write")));
    }

    /** Where screenshots go: kept by the build under target/. */
    public static Path screenshot(String name) {
        return Path.of("target", "screenshots", name + ".png");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
