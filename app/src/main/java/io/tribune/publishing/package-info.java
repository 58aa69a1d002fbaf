/**
 * Publishing: articles, sections, tags and short links, and the public pages that show them — front
 * page, All news, section and tag pages, the article page, feeds and sitemaps — plus the demo
 * content a first start creates. Images are the media module's; editions are referred to by code.
 */
@ApplicationModule(
        displayName = "Publishing",
        allowedDependencies = {"editions", "media", "system"})
package io.tribune.publishing;

import org.springframework.modulith.ApplicationModule;
