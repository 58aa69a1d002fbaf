package io.tribune.moderation;

import io.tribune.support.OnFreshPostgresSchema;

/**
 * The clusters queue's membership on PostgreSQL, where production runs: the same journeys as on H2,
 * 630 held members in three clusters among them, in a fresh schema made by the migrations.
 */
@OnFreshPostgresSchema
class ModerationClusterMembershipPostgresTests extends ModerationClusterMembershipTests {}
