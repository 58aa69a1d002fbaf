/**
 * Publishing: articles, sections, tags and short links, and the public pages that show them — front
 * page, All news, section and tag pages, the article page, feeds and sitemaps — plus the demo
 * content a first start creates; and the newsroom, where the edition's editors (an {@code accounts}
 * role) write, schedule, publish and withdraw articles. Photo galleries for Multimedia and the editors'
 * desk that builds them live in {@code gallery}. Images are the media module's; editions are referred
 * to by code.
 */
@ApplicationModule(
        displayName = "Publishing",
        allowedDependencies = {"accounts", "editions", "media", "system"})
package io.tribune.publishing;

import org.springframework.modulith.ApplicationModule;
