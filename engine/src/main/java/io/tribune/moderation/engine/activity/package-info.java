/**
 * The stateful rules, {@code flood} and {@code flash_mob}: each comment is compared with the recent
 * ones of its author, address, network and edition, kept in an {@link
 * io.tribune.moderation.engine.activity.ActivityStore} (in memory for one node, in the database for
 * several), and a comment that reveals a burst revises the earlier comments of it.
 */
package io.tribune.moderation.engine.activity;
