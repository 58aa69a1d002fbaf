package io.tribune.publishing;

import java.util.List;

/** An edition's front page: the top story, the latest news and a few articles per section. */
public record FrontPage(ArticleCard topStory, List<ArticleCard> latest, List<SectionBlock> sections) {

    /** A section's latest articles. */
    public record SectionBlock(SectionRef section, List<ArticleCard> articles) {}
}
