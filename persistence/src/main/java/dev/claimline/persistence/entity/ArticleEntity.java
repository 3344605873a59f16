package dev.claimline.persistence.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.CreationTimestamp;

/**
 * A stored article. Its claims are the claims it reports, through their {@link ClaimMentionEntity mentions}. Never
 * leaves the persistence module: services return views.
 */
@Entity
@BatchSize(size = 100)
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    /**
     * Loaded only when read (entities are bytecode-enhanced): claims, mentions and lists refer to many articles whose
     * titles and dates they show, and bodies of up to a megabyte each would otherwise be read and kept with them.
     */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public String body;

    @Column(name = "published_at", nullable = false)
    public LocalDate publishedAt;

    public String url;

    public String source;

    public String language;

    /** SHA-256 of the normalised address ({@code ArticleKeys}); unique; null without one, and on later legacy copies. */
    @Column(name = "url_hash", length = 64)
    public String urlHash;

    /** SHA-256 of the normalised title and text; unique; null only on copies stored before migration V4. */
    @Column(name = "content_hash", length = 64)
    public String contentHash;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
