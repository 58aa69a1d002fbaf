package io.tribune.moderation.engine.cli;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.Finding;
import io.tribune.moderation.engine.Outcome;
import io.tribune.moderation.engine.Revision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of comments through the engine, in order: gives each comment its author's standing so far,
 * keeps the recent decisions (bounded) so that a later comment's revisions can be applied to them.
 */
final class Session {

    /** A comment's decision and the earlier decisions it changed. */
    record Screened(Decision decision, List<Decision> revised) {}

    private record Kept(String author, Decision decision) {}

    private final Engine engine;
    private final Standings standings;
    private final Map<String, Kept> decisions;

    Session(Engine engine, int memory) {
        this.engine = engine;
        this.standings = new Standings(memory);
        this.decisions = new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                return size() > memory;
            }
        };
    }

    Screened screen(Comment comment) {
        Comment withStanding = new Comment(
                comment.id(),
                comment.edition(),
                comment.text(),
                comment.author(),
                comment.address(),
                comment.at(),
                comment.article(),
                comment.parentText(),
                standings.of(comment.author()));
        Outcome outcome = engine.screen(withStanding);
        Decision decision = outcome.decision();
        decisions.remove(comment.id());
        decisions.put(comment.id(), new Kept(comment.author(), decision));
        standings.screened(comment.author(), comment.id(), decision.verdict());
        return new Screened(decision, revise(outcome.revisions()));
    }

    /** The latest decision for a comment of this run, revisions applied, if still kept. */
    Decision decision(String commentId) {
        Kept kept = decisions.get(commentId);
        return kept == null ? null : kept.decision();
    }

    private List<Decision> revise(List<Revision> revisions) {
        Map<String, List<Finding>> byComment = new LinkedHashMap<>();
        for (Revision revision : revisions) {
            byComment
                    .computeIfAbsent(revision.commentId(), id -> new ArrayList<>())
                    .add(revision.finding());
        }
        List<Decision> revised = new ArrayList<>();
        byComment.forEach((id, findings) -> {
            Kept kept = decisions.get(id);
            if (kept == null) {
                return;
            }
            Decision decision = engine.revise(kept.decision(), findings);
            if (decision.verdict() != kept.decision().verdict()
                    || !decision.hits().equals(kept.decision().hits())) {
                decisions.put(id, new Kept(kept.author(), decision));
                standings.revised(kept.author(), id, decision.verdict());
                revised.add(decision);
            }
        });
        return revised;
    }
}
