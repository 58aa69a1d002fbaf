/**
 * System: the web plumbing every page shares — security chain, request limits, the page frame and
 * layout, localised texts, error pages. It holds no business rules; feature modules hand it a
 * {@link Page} and their content.
 */
@ApplicationModule(
        displayName = "System",
        allowedDependencies = {"editions"})
package io.tribune.system;

import org.springframework.modulith.ApplicationModule;
