/**
 * Search: the index of the editions' articles, kept up to date from publishing's events, and what it
 * answers — the search page with its filters and snippets, Recommended (most read, with time decay,
 * mixed with articles like the one being read), and the newsroom's finder port ({@code
 * publishing.NewsroomFinder}). Publishing never imports it.
 */
@ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"editions", "publishing", "system"})
package io.tribune.search;

import org.springframework.modulith.ApplicationModule;
