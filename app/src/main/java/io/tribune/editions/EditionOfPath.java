package io.tribune.editions;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Turns the edition code of a path ({@code /{edition}/...}) into its edition, so that handlers take an
 * {@link Edition} rather than a code to look up. Spring Boot registers converter beans with the web
 * layer; an unknown code fails the conversion with {@link UnknownEdition}, which is answered 404.
 */
@Component
class EditionOfPath implements Converter<String, Edition> {

    private final Editions editions;

    EditionOfPath(Editions editions) {
        this.editions = editions;
    }

    @Override
    public Edition convert(String code) {
        return editions.find(code).orElseThrow(UnknownEdition::new);
    }
}
