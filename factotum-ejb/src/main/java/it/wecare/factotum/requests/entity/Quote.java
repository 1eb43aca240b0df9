package it.wecare.factotum.requests.entity;

import it.wecare.factotum.api.requests.QuoteState;
import it.wecare.factotum.requests.control.QuoteTotals;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A quote for a request: lines, a validity date, and the totals computed by {@link QuoteTotals} whenever
 * the lines change. It is written as a draft, sent once, then accepted, declined or expired.
 */
@Entity
@Table(name = "request_quote")
public class Quote {

    /** A line as written by the operator. */
    public record Line(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal ivaRate) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private QuoteRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private QuoteState state;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "net_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal net;

    @Column(name = "iva_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal iva;

    @Column(name = "total_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Column(name = "goods_credit", nullable = false, precision = 12, scale = 2)
    private BigDecimal goodsCredit;

    @Column(name = "amount_due", precision = 12, scale = 2)
    private BigDecimal amountDue;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "expiry_warned_at")
    private Instant expiryWarnedAt;

    @Column(name = "answer_reason", length = 1000)
    private String answerReason;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo ASC")
    private List<QuoteLine> lines = new ArrayList<>();

    protected Quote() {}

    public Quote(QuoteRequest request, Instant now) {
        this.request = Objects.requireNonNull(request, "request");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.state = QuoteState.DRAFT;
        this.validUntil = LocalDate.ofInstant(now, ZoneOffset.UTC);
        this.net = BigDecimal.ZERO.setScale(2);
        this.iva = BigDecimal.ZERO.setScale(2);
        this.total = BigDecimal.ZERO.setScale(2);
        this.goodsCredit = BigDecimal.ZERO.setScale(2);
        this.amountDue = this.total;
    }

    /** Rewrites a draft: its lines (at least one) and its validity; the totals follow. */
    public void write(List<Line> written, LocalDate validUntil) {
        if (state != QuoteState.DRAFT) {
            throw new IllegalStateException("Quote " + id + " was sent: it cannot change");
        }
        if (written.isEmpty()) {
            throw new IllegalArgumentException("A quote has at least one line");
        }
        List<QuoteTotals.Line> amounts = new ArrayList<>();
        lines.clear();
        int number = 1;
        for (Line line : written) {
            amounts.add(new QuoteTotals.Line(line.quantity(), line.unitPrice(), line.ivaRate()));
            lines.add(new QuoteLine(
                    this, number++, line.description().strip(), line.quantity(), line.unitPrice(), line.ivaRate()));
        }
        QuoteTotals.Totals totals = QuoteTotals.of(amounts);
        this.net = totals.net();
        this.iva = totals.iva();
        this.total = totals.total();
        this.goodsCredit = BigDecimal.ZERO.setScale(2);
        this.amountDue = this.total;
        this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
    }

    /**
     * Sends the draft with the goods credit the client's account gave it (zero for none): its own line after
     * IVA; the client pays the total minus it.
     */
    public void send(BigDecimal credit, Instant now) {
        if (state != QuoteState.DRAFT || lines.isEmpty()) {
            throw new IllegalStateException("Only a written draft can be sent");
        }
        amountDue = QuoteTotals.due(total, credit);
        goodsCredit = credit.setScale(2, RoundingMode.UNNECESSARY);
        state = QuoteState.SENT;
        sentAt = now;
    }

    public void accept(Instant now) {
        answer(QuoteState.ACCEPTED, null, now);
    }

    public void decline(String reason, Instant now) {
        answer(QuoteState.DECLINED, reason, now);
    }

    public void expire(Instant now) {
        answer(QuoteState.EXPIRED, null, now);
    }

    private void answer(QuoteState to, String reason, Instant now) {
        if (state != QuoteState.SENT) {
            throw new IllegalStateException("Quote " + id + " is " + state);
        }
        state = to;
        answerReason = reason == null || reason.isBlank() ? null : reason.strip();
        answeredAt = now;
    }

    /** The totals of the lines, per IVA rate. */
    public QuoteTotals.Totals totals() {
        return QuoteTotals.of(lines.stream()
                .map(l -> new QuoteTotals.Line(l.getQuantity(), l.getUnitPrice(), l.getIvaRate()))
                .toList());
    }

    public Long getId() {
        return id;
    }

    public QuoteRequest getRequest() {
        return request;
    }

    public QuoteState getState() {
        return state;
    }

    /** When the client was warned that the quote is about to expire (set by the timer's claim). */
    public Instant getExpiryWarnedAt() {
        return expiryWarnedAt;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public BigDecimal getNet() {
        return net;
    }

    public BigDecimal getIva() {
        return iva;
    }

    public BigDecimal getTotal() {
        return total;
    }

    /** The goods credit applied after IVA (zero when none). */
    public BigDecimal getGoodsCredit() {
        return goodsCredit;
    }

    /** What the client pays: the total minus the goods credit. */
    public BigDecimal getAmountDue() {
        return amountDue == null ? total : amountDue;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnswerReason() {
        return answerReason;
    }

    public long getVersion() {
        return version;
    }

    public List<QuoteLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
