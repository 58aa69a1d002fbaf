package io.tribune.publishing.web;

import io.tribune.editions.ListenLive;

/**
 * The newsroom's Listen Live form as posted: the stream's address, name and schedule. Everything is
 * checked by {@link ListenLive#problems()}, so that the form and the operator's settings obey the same
 * rules.
 */
public record NewsroomStreamForm(String url, String name, String schedule) {

    static NewsroomStreamForm of(ListenLive stream) {
        return new NewsroomStreamForm(stream.url(), stream.name(), stream.schedule());
    }

    ListenLive stream() {
        return new ListenLive(url, name, schedule);
    }

    /** The value of a field as typed, for the form shown again; null as empty. */
    public String value(String field) {
        String value = switch (field) {
            case "url" -> url;
            case "name" -> name;
            case "schedule" -> schedule;
            default -> throw new IllegalArgumentException(field);
        };
        return value == null ? "" : value;
    }
}
