package dev.claimline.persistence.entity;

import dev.claimline.extraction.ClaimDate;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/** One article's report of a claim: how that article names the speaker, dates the statement and where it says so. */
@Entity
@Table(name = "claim_mention")
public class ClaimMentionEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    public ClaimEntity claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    public ArticleEntity article;

    @Column(name = "claimant_mention", nullable = false)
    public String claimantMention;

    /** The date as this article gives it; the first of the month when {@link #datePrecision} is {@code MONTH}. */
    @Column(name = "statement_date")
    public LocalDate statementDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public ClaimDate.Precision datePrecision;

    @Column(name = "evidence_text", nullable = false)
    public String evidenceText;

    @Column(name = "evidence_start", nullable = false)
    public int evidenceStart;

    @Column(name = "evidence_end", nullable = false)
    public int evidenceEnd;

    @Column(nullable = false)
    public double confidence;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
