package io.tribune.media;

import java.util.Locale;
import java.util.Optional;

/**
 * A drawn scene: what it shows, in which light, and the seed that varies its details, stored as
 * {@code scene:palette:seed}.
 */
public record Illustration(Scene scene, Palette palette, long seed) {

    /** What the picture shows. */
    public enum Scene {
        CITY,
        HARBOUR,
        MOUNTAINS,
        PARLIAMENT,
        STADIUM,
        LABORATORY,
        FOREST,
        DESERT,
        MARKET,
        AIRPORT,
        RIVER,
        FACTORY,
        CONCERT,
        FIELD,
        SNOW,
        COAST,
        SPACE,
        COURTROOM
    }

    /** The light of the scene. */
    public enum Palette {
        DAWN,
        DAY,
        DUSK,
        NIGHT
    }

    /** Reads a scene and palette by name (case-insensitive); unknown names give the city by day. */
    public static Illustration of(String scene, String palette, long seed) {
        return new Illustration(
                parseEnum(Scene.class, scene).orElse(Scene.CITY),
                parseEnum(Palette.class, palette).orElse(Palette.DAY),
                seed);
    }

    String code() {
        return scene.name().toLowerCase(Locale.ROOT) + ":" + palette.name().toLowerCase(Locale.ROOT) + ":" + seed;
    }

    static Optional<Illustration> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String[] parts = code.split(":");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(parts[0], parts[1], Long.parseLong(parts[2])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
