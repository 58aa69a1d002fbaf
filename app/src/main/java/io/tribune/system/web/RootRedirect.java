package io.tribune.system.web;

import io.tribune.editions.Editions;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** The site root sends readers to the edition in their browser's language, English otherwise. */
@Controller
class RootRedirect {

    private final Editions editions;

    RootRedirect(Editions editions) {
        this.editions = editions;
    }

    @GetMapping("/")
    ResponseEntity<Void> root(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String languages) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create(editions.bestFor(languages).home()))
                .cacheControl(CacheControl.noCache())
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
