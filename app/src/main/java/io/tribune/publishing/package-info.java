/**
 * Publishing: articles, sections, tags and short links, and the public pages that show them — front
 * page, All news, section and tag pages, the article page, feeds and sitemaps — plus the demo
 * content a first start creates. Images are the media module's; editions are referred to by code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing")
package io.tribune.publishing;
