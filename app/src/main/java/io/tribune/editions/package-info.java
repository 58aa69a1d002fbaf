/**
 * Editions: the language sites of the publisher (code, language, time zone, text direction, dateline
 * format) and how a request finds its edition. Sections, articles and policies belong to other
 * modules and refer to an edition by its code.
 */
@ApplicationModule(
        displayName = "Editions",
        allowedDependencies = {})
package io.tribune.editions;

import org.springframework.modulith.ApplicationModule;
