package io.tribune.editions;

/** An edition's editors changed its Listen Live stream: pages showing the old player bar are out of date. */
public record ListenLiveChanged(String edition) {}
