package dev.claimline.persistence.entity;

import dev.claimline.extraction.ClaimDate;
import dev.claimline.extraction.ClaimType;
import dev.claimline.persistence.topic.Topic;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.CreationTimestamp;

/**
 * One allegation, denial or other statement, however many articles report it (each report is a {@link
 * ClaimMentionEntity}). The article, speaker, evidence and confidence are those of the first report; the date is the
 * most precise any report gave. Actor names are stored as they were when the claim was extracted, so a later change of
 * the gazetteer does not rewrite history.
 */
@Entity
@Table(name = "claim")
public class ClaimEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    public ArticleEntity article;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimType type;

    @Column(name = "claimant_code", nullable = false)
    public String claimantCode;

    @Column(name = "claimant_name", nullable = false)
    public String claimantName;

    @Column(name = "claimant_mention", nullable = false)
    public String claimantMention;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "claim_accused", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    public List<AccusedActor> accused = new ArrayList<>();

    @Column(name = "accuser_code")
    public String accuserCode;

    @Column(name = "accuser_name")
    public String accuserName;

    /** The day of the statement; the first of the month when {@link #datePrecision} is {@code MONTH}. */
    @Column(name = "statement_date")
    public LocalDate statementDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public ClaimDate.Precision datePrecision;

    /**
     * The day the claim is placed on when new reports look for the statements they repeat or answer: {@link
     * #statementDate}, or else the first report's publication day. Kept by the database (migration V7), which sets it
     * on every insert and change of date; queries filter on it, and it is not written from here.
     */
    @Column(name = "dated_on", insertable = false, updatable = false)
    public LocalDate datedOn;

    @Column(name = "evidence_text", nullable = false)
    public String evidenceText;

    @Column(name = "evidence_start", nullable = false)
    public int evidenceStart;

    @Column(name = "evidence_end", nullable = false)
    public int evidenceEnd;

    @Column(nullable = false)
    public double confidence;

    /** Null only for claims stored before topics existed, until the start-up backfill classifies them. */
    @Enumerated(EnumType.STRING)
    public Topic topic;

    /** The accused codes sorted and comma-separated, kept in step with {@link #accused} by {@link #setAccused}. */
    @Column(name = "accused_key", nullable = false)
    public String accusedKey = "";

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    public void setAccused(List<AccusedActor> actors) {
        accused.clear();
        accused.addAll(actors);
        accusedKey = accusedKey(actors.stream().map(a -> a.code).toList());
    }

    /** The key of a set of accused codes: sorted, without repeats, comma-separated. */
    public static String accusedKey(Collection<String> codes) {
        return String.join(",", new TreeSet<>(codes));
    }
}
