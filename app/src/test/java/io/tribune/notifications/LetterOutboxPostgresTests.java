package io.tribune.notifications;

import io.tribune.support.OnFreshPostgresSchema;

/**
 * Every journey of {@link LetterOutboxTests} again on PostgreSQL, where production runs: the claims two
 * nodes race for, the leases a dead node leaves behind and the decision's rollback are the database's
 * own behaviour, which H2 only imitates. A fresh schema made by the migrations; skipped where no
 * PostgreSQL runs (CI starts one).
 */
@OnFreshPostgresSchema
class LetterOutboxPostgresTests extends LetterOutboxTests {}
