package org.frontdoor.screening;

import org.springframework.stereotype.Component;

/**
 * The current RAG rating for Thymeleaf pages owned by other capabilities, as {@code @rag.current(subjectId)}, so
 * that the contact page shows it without its controller knowing about screening.
 */
@Component("rag")
public class RagTags {

    private final RagRatings ratings;

    RagTags(RagRatings ratings) {
        this.ratings = ratings;
    }

    /** The current rating of a child's contact, or null if it has not been rated. */
    public RagRatings.Rating current(long subjectId) {
        return ratings.current(subjectId).orElse(null);
    }
}
