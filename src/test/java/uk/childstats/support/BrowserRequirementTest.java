package uk.childstats.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Without Chromium the browser tests are skipped on a developer's machine and fail in CI. */
class BrowserRequirementTest {
    private static final Path NOWHERE = Path.of("/nonexistent/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void aMissingBrowserFailsTheRunInCi() {
        assertThrows(IllegalStateException.class, () -> Browser.requireInstalled(NOWHERE, DRIVER, "true"));
        assertThrows(IllegalStateException.class, () -> Browser.requireInstalled(NOWHERE, NOWHERE, "1"));
    }

    @Test
    void aMissingBrowserIsSkippedOnlyOutsideCi() {
        assertThrows(TestAbortedException.class, () -> Browser.requireInstalled(NOWHERE, DRIVER, null));
        assertThrows(TestAbortedException.class, () -> Browser.requireInstalled(NOWHERE, DRIVER, "false"));
    }

    @Test
    void anInstalledBrowserPassesEitherWay() {
        Path chromium = Path.of("/usr/bin/chromium");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(chromium)
                && java.nio.file.Files.isExecutable(DRIVER), "this machine has no Chromium");
        assertDoesNotThrow(() -> Browser.requireInstalled(chromium, DRIVER, "true"));
        assertDoesNotThrow(() -> Browser.requireInstalled(chromium, DRIVER, null));
    }
}
