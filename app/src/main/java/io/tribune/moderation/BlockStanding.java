package io.tribune.moderation;

/**
 * What a blocked reader is shown: the block that stands, its statement of reasons, and their unlock
 * request if they made one (null otherwise). {@code statement} is null only for blocks placed before
 * statements were issued.
 */
public record BlockStanding(Block block, Statement statement, UnlockRequest request) {

    /** Whether the reader may still ask to be unlocked: the block is not final and they have not asked. */
    public boolean mayRequestUnlock() {
        return !block.isFinal() && request == null;
    }
}
