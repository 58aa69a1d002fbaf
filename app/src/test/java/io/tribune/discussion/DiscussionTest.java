package io.tribune.discussion;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application without a web server, on an embedded database with the demo articles, for the
 * discussion's use cases. Discussions close five days after publication (the demo's articles are up
 * to nine days old), the Arabic edition allows no editing, reports weighing 2.5 hide a comment, and
 * the Russian edition pre-moderates each reader's first comment.
 * Test classes that use it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:discussion;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "tribune.discussion.open-for=5d",
            "tribune.discussion.edit-window-edition.ar=0s",
            "tribune.discussion.report-threshold=2.5",
            "tribune.moderation.policy=src/test/resources/policies/premoderated-ru.yaml"
        })
@interface DiscussionTest {}
