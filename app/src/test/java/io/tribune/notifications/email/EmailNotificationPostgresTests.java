package io.tribune.notifications.email;

import io.tribune.support.OnFreshPostgresSchema;

/**
 * Every journey of {@link EmailNotificationTests} again on PostgreSQL, where production runs: two
 * nodes racing for a reader's rows, and a dead node's claim, are the database's own row locking, which
 * H2 only imitates. A fresh schema made by the migrations; skipped where no PostgreSQL runs (CI starts one).
 */
@OnFreshPostgresSchema
class EmailNotificationPostgresTests extends EmailNotificationTests {}
