package io.tribune.notifications.push;

import io.tribune.support.OnFreshPostgresSchema;

/**
 * Every journey of {@link PushSendingTests} again on PostgreSQL, where production runs: the claims a
 * sender takes ({@code for update skip locked}), the leases a dead node leaves behind and two nodes
 * sending at once are the database's own behaviour, which H2 only imitates. A fresh schema made by
 * the migrations; skipped where no PostgreSQL runs (CI starts one).
 */
@OnFreshPostgresSchema
class PushSendingPostgresTests extends PushSendingTests {}
