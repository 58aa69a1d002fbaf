package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.CommentChange;
import io.tribune.discussion.CommentEdited;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.DeleteComment;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clusters queue read from the cluster membership: every cluster whole however many comments are
 * held, kept right as members are decided, edited or deleted, comments held before the membership was
 * kept filed at start, and a whole cluster decided by its key — forged, foreign or twice-decided keys
 * refused with nothing changed.
 */
class ModerationClusterMembershipTests extends ModerationWebTest {

    @Autowired
    ModerationQueue console;

    @Autowired
    ClusterMembership membership;

    @Autowired
    DeleteComment deletions;

    /** A flash mob of {@code size} held comments by the authors in turn, each naming the ones before it. */
    List<Long> mob(String edition, int size, AccountId... authors) {
        long article = article(edition);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ids.add(mobMember(article, edition, authors[i % authors.length], ids));
        }
        return ids;
    }

    Cluster shown(AccountId moderator, String edition, long key) {
        ClusterPage page = console.clusters(moderator, edition, null);
        while (true) {
            for (Cluster cluster : page.clusters()) {
                if (cluster.key() == key) {
                    return cluster;
                }
            }
            if (page.next() == null) {
                return null;
            }
            page = console.clusters(moderator, edition, page.next());
        }
    }

    int clusterTab(AccountId moderator, String edition) {
        return console.counts(edition).get("clusters");
    }

    HttpResponse<String> rejectWhole(Browser moderator, String edition, String key) {
        String page = moderator.get("/" + edition + "/account").body();
        return moderator.postRaw(
                "/" + edition + "/moderation/clusters/reject",
                "_csrf=" + ModerationConsoleTests.csrf(page) + "&cluster=" + key + "&reason=flash_mob");
    }

    @Test
    void sixHundredHeldMembersInThreeClustersAreEachShownWholeAndRejectedWhole() {
        AccountId[] authors = {
            reader("Wave A", "es"), reader("Wave B", "es"), reader("Wave C", "es"), reader("Wave D", "es")
        };
        AccountId moderatorId = moderator("Moderador de olas", "es");
        int tabBefore = clusterTab(moderatorId, "es");
        List<Long> oldest = mob("es", 210, authors);
        List<Long> middle = mob("es", 210, authors);
        List<Long> newest = mob("es", 210, authors);

        assertThat(clusterTab(moderatorId, "es")).isEqualTo(tabBefore + 3);
        for (List<Long> wave : List.of(oldest, middle, newest)) {
            Cluster cluster = shown(moderatorId, "es", wave.getFirst());
            assertThat(cluster).isNotNull();
            assertThat(cluster.size()).isEqualTo(210);
            assertThat(cluster.accounts()).isEqualTo(4);
            assertThat(cluster.id()).isEqualTo(wave.getLast());
            assertThat(cluster.members()).hasSize(ModerationQueue.CLUSTER_SHOWN);
            assertThat(cluster.members().getFirst().comment().id()).isEqualTo(wave.getLast());
        }
        Browser moderator = signedIn(moderatorId);
        String page = moderator.get("/es/moderation/clusters").body();
        assertThat(page)
                .contains("id=\"cluster-" + oldest.getLast() + "\"", "210 comentarios retenidos de 4 cuentas")
                .contains("Se muestran los 50 más recientes de los 210 retenidos");

        HttpResponse<String> answer = rejectWhole(moderator, "es", Long.toString(oldest.getFirst()));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Rechazados 210 comentarios");
        assertThat(oldest).allSatisfy(id -> assertThat(status(id)).isEqualTo("REJECTED"));
        assertThat(middle).allSatisfy(id -> assertThat(status(id)).isEqualTo("HELD"));
        assertThat(newest).allSatisfy(id -> assertThat(status(id)).isEqualTo("HELD"));
        assertThat(shown(moderatorId, "es", oldest.getFirst())).isNull();
        assertThat(clusterTab(moderatorId, "es")).isEqualTo(tabBefore + 2);
    }

    @Test
    void aMalformedPagePositionIsABadRequest() {
        Browser moderator = signedIn(moderator("Page Forger", "en"));

        for (String after : List.of("12abc", "99999999999999999999999", "%27+or+1%3D1", "%3Cb%3E")) {
            assertThat(moderator.get("/en/moderation/clusters?after=" + after).statusCode())
                    .as(after)
                    .isEqualTo(400);
        }
        assertThat(moderator.get("/en/moderation/clusters?after=1").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aClusterDecidedTwiceIsRefusedTheSecondTimeAndNothingChanges() {
        List<Long> ids = cluster("en", reader("Twice One", "en"), reader("Twice Two", "en"));
        Browser moderator = signedIn(moderator("Twice Decider", "en"));
        assertThat(rejectWhole(moderator, "en", Long.toString(ids.getFirst())).statusCode())
                .isEqualTo(200);
        int audited = count("moderation_audit");
        int issued = count("statement_of_reasons");

        HttpResponse<String> again = rejectWhole(moderator, "en", Long.toString(ids.getFirst()));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Someone else decided on this first");
        assertThat(count("moderation_audit")).isEqualTo(audited);
        assertThat(count("statement_of_reasons")).isEqualTo(issued);
    }

    @ParameterizedTest
    @ValueSource(strings = {"forged", "member", "elsewhere", "letters", "huge", "empty", "sql", "markup"})
    void aForgedOrForeignClusterIsRefusedClearlyAndChangesNothing(String kind) {
        List<Long> ids = cluster("en", reader("Kept One " + kind, "en"), reader("Kept Two " + kind, "en"));
        List<Long> russian = cluster("ru", reader("Иван " + kind, "ru"), reader("Пётр " + kind, "ru"));
        Browser moderator = signedIn(moderator("Cluster Forger " + kind, "en"));
        int audited = count("moderation_audit");
        String key = switch (kind) {
            case "forged" -> "999999999999";
            // a member that is not the cluster's key names no cluster
            case "member" -> Long.toString(ids.getLast());
            case "elsewhere" -> Long.toString(russian.getFirst());
            case "letters" -> ids.getFirst() + "abc";
            case "huge" -> "99999999999999999999999";
            case "empty" -> "";
            case "sql" -> ids.getFirst() + "%27+or+1%3D1+--";
            default -> "%3Cscript%3E" + ids.getFirst();
        };

        HttpResponse<String> answer = rejectWhole(moderator, "en", key);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("There is no such item in this edition");
        assertThat(ids).allSatisfy(id -> assertThat(status(id)).isEqualTo("HELD"));
        assertThat(russian).allSatisfy(id -> assertThat(status(id)).isEqualTo("HELD"));
        assertThat(count("moderation_audit")).isEqualTo(audited);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rule", "sqlRule", "noRule", "control", "huge"})
    void aWholeClusterWithABadRuleOrNoteIsRefusedClearlyAndChangesNothing(String kind) {
        List<Long> ids = cluster("en", reader("Ruled One " + kind, "en"), reader("Ruled Two " + kind, "en"));
        Browser moderator = signedIn(moderator("Rule Forger " + kind, "en"));
        String page = moderator.get("/en/account").body();
        int audited = count("moderation_audit");
        String grounds = switch (kind) {
            case "rule" -> "&reason=no_such_rule";
            case "sqlRule" -> "&reason=%27%3B+drop+table+comment_cluster_member%3B+--";
            case "noRule" -> "";
            case "control" -> "&reason=flash_mob&note=%1B%5B31m";
            default -> "&reason=flash_mob&note=" + "x".repeat(ModerationQueue.MAX_NOTE + 1);
        };

        HttpResponse<String> answer = moderator.postRaw(
                "/en/moderation/clusters/reject",
                "_csrf=" + ModerationConsoleTests.csrf(page) + "&cluster=" + ids.getFirst() + grounds);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body())
                .contains(
                        switch (kind) {
                            case "control" -> "cannot be stored";
                            case "huge" -> "The text is too long";
                            default -> "Choose one of the rules";
                        });
        assertThat(ids).allSatisfy(id -> assertThat(status(id)).isEqualTo("HELD"));
        assertThat(count("moderation_audit")).isEqualTo(audited);
        assertThat(count("comment_cluster_member")).isPositive();
    }

    @Test
    void theClusterFollowsItsMembersAsTheyAreDecidedEditedAndDeletedAndGoesWithTheLast() {
        AccountId deleter = reader("Deleting Member", "en");
        List<Long> ids = cluster(
                "en",
                reader("Approved Member", "en"),
                reader("Rejected Member", "en"),
                reader("Edited Member", "en"),
                deleter,
                reader("Last Member", "en"));
        long key = ids.getFirst();
        AccountId moderatorId = moderator("Cluster Follower", "en");
        int tab = clusterTab(moderatorId, "en");

        console.approve(moderatorId, "en", ids.get(0), "HELD");
        assertThat(shown(moderatorId, "en", key).size()).isEqualTo(4);
        console.reject(moderatorId, "en", ids.get(1), "HELD", "flash_mob", null);
        assertThat(shown(moderatorId, "en", key).size()).isEqualTo(3);
        String text = "Everyone must write to the editor today and demand this article be taken down";
        console.edit(moderatorId, "en", ids.get(2), "HELD", ModerationQueue.version(MOB_TEXT), text, "flash_mob", null);
        assertThat(shown(moderatorId, "en", key).size()).isEqualTo(3);
        deletions.delete(new CommentChange(deleter, "en", article("en"), ids.get(3), null, null));
        assertThat(status(ids.get(3))).isEqualTo("DELETED");
        Cluster left = shown(moderatorId, "en", key);
        assertThat(left.size()).isEqualTo(2);
        assertThat(left.members()).extracting(m -> m.comment().id()).containsExactly(ids.get(4), ids.get(2));
        assertThat(clusterTab(moderatorId, "en")).isEqualTo(tab);

        console.bulk(
                moderatorId,
                "en",
                true,
                List.of(ids.get(2).toString(), ids.get(4).toString()),
                "flash_mob",
                null);

        assertThat(shown(moderatorId, "en", key)).isNull();
        assertThat(clusterTab(moderatorId, "en")).isEqualTo(tab - 1);
    }

    @Test
    void aMemberHeldAgainAfterAnEditMovesToTheClusterItsNewDecisionNames() {
        List<Long> first = cluster("en", reader("First Wave One", "en"), reader("First Wave Two", "en"));
        List<Long> second = cluster("en", reader("Second Wave One", "en"), reader("Second Wave Two", "en"));
        AccountId moderatorId = moderator("Move Watcher", "en");
        long moved = first.getLast();
        String record = "{\"decision\":\"hold\",\"rules\":[{\"rule\":\"flash_mob\",\"score\":0.97,\"action\":\"hold\","
                + "\"evidence\":[{\"similar\":[\"" + second.getFirst() + "\"],\"similarity\":0.9,\"accounts\":3}]}]}";

        transaction.executeWithoutResult(tx -> {
            jdbc.sql("update comment set decision = :record where id = :id")
                    .param("record", record)
                    .param("id", moved)
                    .update();
            events.publishEvent(new CommentEdited(moved, article("en"), "en", 0, CommentStatus.HELD));
        });

        assertThat(shown(moderatorId, "en", first.getFirst()).size()).isEqualTo(1);
        assertThat(shown(moderatorId, "en", second.getFirst()).members())
                .extracting(m -> m.comment().id())
                .containsExactly(second.getLast(), second.getFirst(), moved);
    }

    @Test
    void aCommentNamingMembersOfTwoClustersJoinsThemIntoOne() {
        List<Long> first = cluster("en", reader("Left Wave One", "en"), reader("Left Wave Two", "en"));
        List<Long> second = cluster("en", reader("Right Wave One", "en"), reader("Right Wave Two", "en"));
        AccountId moderatorId = moderator("Join Watcher", "en");
        int tab = clusterTab(moderatorId, "en");

        long bridge =
                mobMember(article("en"), "en", reader("Bridge", "en"), List.of(first.getLast(), second.getLast()));

        Cluster joined = shown(moderatorId, "en", first.getFirst());
        assertThat(joined.size()).isEqualTo(5);
        assertThat(joined.accounts()).isEqualTo(5);
        assertThat(joined.id()).isEqualTo(bridge);
        assertThat(shown(moderatorId, "en", second.getFirst())).isNull();
        assertThat(clusterTab(moderatorId, "en")).isEqualTo(tab - 1);
    }

    @Test
    void commentsHeldBeforeClustersWereKeptAreFiledAtStartOnceAndOnlyOnce() {
        long article = article("ar");
        AccountId[] authors = {reader("قديم ١", "ar"), reader("قديم ٢", "ar"), reader("قديم ٣", "ar")};
        AccountId moderatorId = moderator("مشرف قديم", "ar");
        int tab = clusterTab(moderatorId, "ar");
        List<Long> earlier = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // stored as before this version: held, with a decision, and no event that filed it
            String named = earlier.stream()
                    .map(id -> "\"" + id + "\"")
                    .reduce((a, b) -> a + "," + b)
                    .orElse("");
            earlier.add(comment(
                    article,
                    "ar",
                    authors[i],
                    "HELD",
                    "flash_mob",
                    MOB_TEXT,
                    "{\"decision\":\"hold\",\"rules\":[{\"rule\":\"flash_mob\",\"score\":0.97,\"action\":\"hold\","
                            + "\"evidence\":[{\"similar\":[" + named + "],\"similarity\":0.9,\"accounts\":3}]}]}"));
        }
        long rude = comment(article, "ar", authors[0], "HELD", "profanity", "What damn nonsense.", PROFANITY_RECORD);
        assertThat(clusterTab(moderatorId, "ar")).isEqualTo(tab);

        membership.fileEarlierHolds();
        int filed = count("comment_cluster_member");
        membership.fileEarlierHolds();

        assertThat(count("comment_cluster_member")).isEqualTo(filed);
        assertThat(clusterTab(moderatorId, "ar")).isEqualTo(tab + 1);
        Cluster cluster = shown(moderatorId, "ar", earlier.getFirst());
        assertThat(cluster.size()).isEqualTo(3);
        assertThat(cluster.members())
                .extracting(m -> m.comment().id())
                .containsExactlyElementsOf(earlier.reversed())
                .doesNotContain(rude);
        Browser moderator = signedIn(moderatorId);
        String page = moderator.get("/ar/account").body();
        HttpResponse<String> answer = moderator.postRaw(
                "/ar/moderation/clusters/approve",
                "_csrf=" + ModerationConsoleTests.csrf(page) + "&cluster=" + earlier.getFirst());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(earlier).allSatisfy(id -> assertThat(status(id)).isEqualTo("PUBLISHED"));
        assertThat(status(rude)).isEqualTo("HELD");
        assertThat(clusterTab(moderatorId, "ar")).isEqualTo(tab);
    }
}
