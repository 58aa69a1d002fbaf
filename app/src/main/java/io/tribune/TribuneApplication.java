package io.tribune;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Tribune: the public site, accounts, discussion and moderation in one application. */
@SpringBootApplication
@EnableScheduling
public class TribuneApplication {

    public static void main(String[] args) {
        SpringApplication.run(TribuneApplication.class, args);
    }
}
